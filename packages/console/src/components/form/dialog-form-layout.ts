/**
 * For a form that holds a dialog's content and its actions: a column that may
 * shrink, so the content scrolls between the title and the actions and the
 * buttons stay in view however long the form or short the screen.
 */
export const dialogFormLayout = { display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 } as const;
