/**
 * Checks executed notebooks and collects their figures.
 *
 * Usage: deno run -A scripts/notebooks.ts out/notebooks [--strict]
 *
 * Fails (exit 1), naming notebook and cell, on any `error` output. Writes every
 * `image/svg+xml` output to out/figures/<notebook>-<cell>-<k>.svg. With
 * --strict, also fails when a Vega-Lite or Plotly output has no SVG fallback.
 *
 * @module
 */
interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  outputs?: Output[];
}

const dir = Deno.args[0] ?? "out/notebooks";
const strict = Deno.args.includes("--strict");
const figuresDir = `${dir}/../figures`;
await Deno.mkdir(figuresDir, { recursive: true });
const problems: string[] = [];
let notebooks = 0;
for (
  const entry of [...Deno.readDirSync(dir)].sort((a, b) =>
    a.name.localeCompare(b.name)
  )
) {
  if (!entry.name.endsWith(".ipynb")) continue;
  notebooks++;
  const nb = JSON.parse(await Deno.readTextFile(`${dir}/${entry.name}`)) as {
    cells: Cell[];
  };
  const stem = entry.name.replace(/\.ipynb$/, "");
  nb.cells.forEach((cell, i) => {
    (cell.outputs ?? []).forEach((out, k) => {
      if (out.output_type === "error") {
        problems.push(`${entry.name}, cell ${i}: ${out.ename}: ${out.evalue}`);
      }
      const data = out.data ?? {};
      const svg = data["image/svg+xml"];
      if (typeof svg === "string" || Array.isArray(svg)) {
        const text = Array.isArray(svg) ? svg.join("") : svg;
        Deno.writeTextFileSync(
          `${figuresDir}/${stem}-${String(i).padStart(2, "0")}-${k}.svg`,
          text,
        );
      }
      const native = Object.keys(data).some((m) =>
        m.startsWith("application/vnd.vegalite") ||
        m.startsWith("application/vnd.plotly")
      );
      if (strict && native && svg === undefined) {
        problems.push(
          `${entry.name}, cell ${i}: figure without an image/svg+xml fallback`,
        );
      }
    });
  });
}
if (notebooks === 0) problems.push(`no executed notebooks in ${dir}`);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  Deno.exit(1);
}
console.log(`checked ${notebooks} executed notebooks in ${dir}`);
