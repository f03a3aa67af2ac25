import { connect } from 'node:net';

/** What came back on the socket: the status line's code (null when the server closed without answering). */
export interface RawReply {
  status: number | null;
  text: string;
}

/**
 * Sends bytes exactly as given (no client-side normalisation, so smuggling attempts reach the server as written)
 * and reads until the server closes the connection or answers in full.
 */
export function rawRequest(port: number, bytes: Buffer | string, timeoutMs = 10_000): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('raw request timed out'));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text });
    };
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      // One complete response is enough; the server may keep the connection open.
      const text = Buffer.concat(chunks).toString('latin1');
      const head = text.indexOf('\r\n\r\n');
      const len = /\r\ncontent-length: (\d+)/i.exec(text);
      const complete = len
        ? Buffer.byteLength(text.slice(head + 4), 'latin1') >= Number(len[1])
        : text.endsWith('\r\n0\r\n\r\n');
      if (head >= 0 && complete) socket.destroy();
    });
    socket.on('close', finish);
    socket.on('error', () => undefined); // a reset after the answer is still an answer; 'close' follows
    socket.write(bytes);
  });
}
