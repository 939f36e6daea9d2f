// `npm run lint:deps`: dependency-cruiser's rules (.dependency-cruiser.cjs: no module cycles), then no import cycle
// between folders. A folder is one directory (lib/scim/http is not lib/scim): STYLE.md's layers, checked by the build.
import { spawnSync } from "node:child_process";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "bin", "tools", "proxy.ts", "instrumentation.ts"];

const run = spawnSync(
  "npx",
  ["depcruise", ...SOURCES, "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
  {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  },
);
if (!run.stdout) {
  console.error(run.stderr || "dependency-cruiser printed nothing");
  process.exit(2);
}
const result = JSON.parse(run.stdout);

/** folder → folder → one import that makes the edge, for the message. */
const edges = new Map();
for (const mod of result.modules) {
  const from = path.posix.dirname(mod.source);
  for (const dep of mod.dependencies) {
    if (dep.coreModule || dep.couldNotResolve || dep.resolved.startsWith("node_modules/")) continue;
    const to = path.posix.dirname(dep.resolved);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${mod.source} → ${dep.resolved}`);
  }
}

const cycles = stronglyConnected([...edges.keys()], (folder) => [...(edges.get(folder)?.keys() ?? [])]).filter(
  (c) => c.length > 1,
);
const violations = result.summary.violations.filter((v) => v.rule.severity === "error");
for (const v of violations)
  console.error(
    `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name ?? c).join(" → ")})` : ""}`,
  );
for (const cycle of cycles) {
  const members = new Set(cycle);
  console.error(`folder cycle: ${[...members].sort().join(", ")}`);
  for (const from of members)
    for (const [to, example] of edges.get(from) ?? [])
      if (members.has(to)) console.error(`  ${from} → ${to}: ${example}`);
}
const modules = result.summary.totalCruised;
if (violations.length > 0 || cycles.length > 0) {
  console.error(
    `\n${violations.length} dependency rule violation(s), ${cycles.length} folder cycle(s) in ${modules} modules.`,
  );
  process.exit(1);
}
console.log(`dependencies: ${modules} modules, ${edges.size} folders, no cycles between folders, no rule broken.`);

/** Tarjan's strongly connected components, iterative (no recursion limit on deep graphs). */
function stronglyConnected(nodes, next) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const out = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      if (i === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const targets = next(node);
      if (i < targets.length) {
        frame[1]++;
        const target = targets[i];
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        out.push(component);
      }
    }
  }
  return out;
}
