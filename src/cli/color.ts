// Colour decision, in order: the --color/--no-color flag; FORCE_COLOR (0 or false = off, any
// other value = on, as supports-color reads it); NO_COLOR (any non-empty value = off, per
// no-color.org); else colour only when stdout is a terminal. Reports written with -o never
// get colour, whatever this says.

export function shouldUseColor(
  flag: boolean | undefined,
  env: Record<string, string | undefined>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}
