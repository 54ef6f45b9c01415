import assert from "node:assert/strict";

Deno.test("importing mod.ts never touches Deno.jupyter", async () => {
  const mod = new URL("../../mod.ts", import.meta.url).href;
  const code = `
    let touched = false;
    const real = Deno;
    Object.defineProperty(globalThis, "Deno", {
      configurable: true,
      value: new Proxy(real, {
        get(target, key) {
          if (key === "jupyter") {
            touched = true;
            throw new Error("Deno.jupyter touched");
          }
          return Reflect.get(target, key);
        },
      }),
    });
    const tq = await import(${JSON.stringify(mod)});
    const fig = tq.plot.lines({ x: [0, 1], series: [{ name: "a", y: [0, 1] }] });
    await fig.displayBundle();
    console.log(JSON.stringify({ touched, plot: typeof tq.plot.lines }));
  `;
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "eval",
      "--config",
      new URL("../../deno.json", import.meta.url).pathname,
      code,
    ],
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const stderr = new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, stderr);
  const result = JSON.parse(
    new TextDecoder().decode(out.stdout).trim().split("\n").at(-1) ?? "{}",
  );
  assert.deepEqual(result, { touched: false, plot: "function" });
});
