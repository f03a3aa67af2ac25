/** A count with its noun, one or many: "1 line", "2,041 lines"; counted(n, 'entry', 'entries'). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
