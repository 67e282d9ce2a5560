/**
 * What a CSS colour (e.g. the system colour `CanvasText`) computes to on this
 * page right now, to compare with an element's computed style, e.g. in
 * emulated forced-colours mode.
 */
export function computedColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}
