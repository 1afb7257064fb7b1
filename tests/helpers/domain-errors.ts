/** The kind of DomainError a metric throws ("div0" | "num" | "value" | "na"), or undefined when it returns. */
export function kindOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    return (err as { kind?: string }).kind;
  }
  return undefined;
}
