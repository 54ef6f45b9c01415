/**
 * The WebAssembly memory of the compiled kernels (private): one linear
 * memory per isolate (main thread or worker), shared by the normal
 * generator (`_lanes.ts`) and the dynamics kernels, with a bump allocator.
 *
 * Why WebAssembly: the kernels are integer and double operations whose
 * results IEEE 754 and two's-complement arithmetic fix completely, so
 * compiled code gives exactly the bits of the JavaScript reference paths
 * while using SIMD (two doubles, four 32-bit words per instruction) and no
 * bounds checks. Where WebAssembly SIMD is unavailable, or the kernels are
 * switched off with {@linkcode setKernelsEnabled}, the JavaScript paths run
 * (same results, slower).
 *
 * The memory never grows (growing would detach every view of it), so
 * regions are reserved once per isolate by {@linkcode kernelAlloc} and
 * reused.
 *
 * @module
 */

/** Pages of 64 KiB in the kernel memory (4 MiB). */
const PAGES = 64;

/** Decodes the base64 text of a generated module. */
export function decodeWasm(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/** The kernel memory with views of it. */
export interface KernelMemory {
  readonly memory: WebAssembly.Memory;
  readonly f64: Float64Array;
  readonly i32: Int32Array;
}

let top = 0;
let kernel: KernelMemory | null | undefined;
let enabled = true;

/** The memory, created on first use (4 MiB per isolate that simulates). */
function memoryOf(): KernelMemory | null {
  if (kernel !== undefined) return kernel;
  try {
    const memory = new WebAssembly.Memory({ initial: PAGES, maximum: PAGES });
    kernel = {
      memory,
      f64: new Float64Array(memory.buffer),
      i32: new Int32Array(memory.buffer),
    };
  } catch {
    kernel = null;
  }
  return kernel;
}

/**
 * Compiles and instantiates a generated kernel module against the kernel
 * memory, or returns null (no memory, or an engine without WebAssembly
 * SIMD: the caller falls back to JavaScript).
 */
export function instantiateKernel(
  b64: string,
  imports: Record<string, Record<string, WebAssembly.ImportValue>> = {},
): WebAssembly.Exports | null {
  const mem = memoryOf();
  if (mem === null) return null;
  try {
    const module = new WebAssembly.Module(decodeWasm(b64));
    const env = { ...imports.env, memory: mem.memory };
    return new WebAssembly.Instance(module, { ...imports, env }).exports;
  } catch {
    return null;
  }
}

/**
 * Reserves `bytes` bytes (16-byte aligned) of the kernel memory for the
 * lifetime of the isolate and returns their byte offset, or null when they
 * do not fit.
 */
export function kernelTryAlloc(bytes: number): number | null {
  const at = (top + 15) & ~15;
  const end = at + bytes;
  if (!(end <= PAGES * 65536)) return null;
  top = end;
  return at;
}

/**
 * {@linkcode kernelTryAlloc} for the fixed regions of the kernels (a few
 * tens of KB): running out is a bug, not an input.
 */
export function kernelAlloc(bytes: number): number {
  const at = kernelTryAlloc(bytes);
  if (at === null) {
    throw new Error(
      `Cannot reserve ${bytes} bytes of the WebAssembly kernel memory (${PAGES} pages): it is full`,
    );
  }
  return at;
}

/**
 * The kernel memory, or null when the compiled kernels are off (no
 * WebAssembly here, or switched off by {@linkcode setKernelsEnabled}).
 */
export function kernelMemory(): KernelMemory | null {
  return enabled ? memoryOf() : null;
}

/**
 * Switches the compiled kernels off (false) or back on (true) in this
 * isolate, for tests that compare them with the JavaScript reference.
 * Returns the previous setting.
 */
export function setKernelsEnabled(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}
