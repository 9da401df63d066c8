// Why package-lock.json would make `npm ci` refuse, or install a different tree on another
// platform. Plain Node (no dependencies): `npm test` runs it right after installing.
//
// npm ci compares package.json with the lock's root entry and refuses on any difference,
// but only for the packages it would install on *this* platform. A lock written on one
// machine can still miss the platform packages another machine needs (the optional
// @tailwindcss/oxide-darwin-*, -win32-* … binaries), and then `npm ci` fails there and
// `npm install` rewrites the lock. So every dependency of every locked package, optional
// ones included, must itself be in the lock.

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * @param {Record<string, any>} pkg package.json
 * @param {Record<string, any>} lock package-lock.json
 * @returns {string[]} one sentence per problem; empty when the lock is in sync and complete
 */
export function lockProblems(pkg, lock) {
  const problems = [];
  if (!lock || typeof lock !== 'object' || !lock.packages || typeof lock.packages !== 'object') {
    return ['package-lock.json has no "packages" map (lockfileVersion 2 or 3 is needed)'];
  }
  const root = lock.packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const wanted = pkg[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, range] of Object.entries(wanted)) {
      if (!(name in locked)) problems.push(`${name} (${field} in package.json) is not in the lock`);
      else if (locked[name] !== range) problems.push(`${name} is ${range} in package.json but ${locked[name]} in the lock`);
    }
    for (const name of Object.keys(locked)) {
      if (!(name in wanted)) problems.push(`${name} is in the lock's ${field} but not in package.json`);
    }
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (entry.link) continue; // a workspace link: its target has an entry of its own
    for (const field of DEPENDENCY_FIELDS) {
      for (const name of Object.keys(entry[field] ?? {})) {
        // A peer dependency marked optional need not be installed at all.
        if (field === 'peerDependencies' && entry.peerDependenciesMeta?.[name]?.optional) continue;
        // The root's own dependencies were compared above; from its devDependencies on,
        // a package's are only needed when the package is the root (npm installs no one
        // else's devDependencies).
        if (field === 'devDependencies' && path !== '') continue;
        if (!resolves(lock.packages, path, name)) {
          const who = path === '' ? 'package.json' : path.replace(/^.*node_modules\//, '');
          problems.push(`${name} (${field === 'dependencies' ? 'a dependency' : field.replace(/Dependencies$/, '') + ' dependency'} of ${who}) is not in the lock`);
        }
      }
    }
  }
  return problems;
}

// Node's lookup: node_modules/<name> beside the package, then in each folder above it.
function resolves(packages, from, name) {
  let dir = from;
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in packages) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up === -1 ? '' : dir.slice(0, up);
  }
}
