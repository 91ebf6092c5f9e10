/**
 * Read by screen readers, not shown: for headings of icon-only columns and
 * names of buttons whose visible content is decoration. (sx reads a bare 1 as
 * 100 %, hence the units.)
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
