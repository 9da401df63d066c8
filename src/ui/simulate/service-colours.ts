/** A colour per simulated service, in service order: chips and the legend share it. */
const COLOURS = ['bg-sky-500', 'bg-amber-500', 'bg-emerald-500', 'bg-fuchsia-500', 'bg-rose-500', 'bg-indigo-500', 'bg-lime-500', 'bg-orange-500'];

export function serviceColours(serviceIds: readonly string[]): Map<string, string> {
  return new Map(serviceIds.map((id, i) => [id, COLOURS[i % COLOURS.length]!]));
}
