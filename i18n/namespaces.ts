// Interface messages live in messages/<locale>/<namespace>.json, one file per area, so that
// work on different areas does not collide. Add a namespace here when adding its files.
export const NAMESPACES = [
  'common',
  'domain',
  'dashboard',
  'commitments',
  'charts',
  'errors',
  'content',
  'methodology',
  'sources',
  'snapshots',
  'report',
  'feeds',
  'api',
  'archive',
  'rewind',
  'suggest',
  // The editor workspace, in each editor's language (lib/server/workspace-i18n.ts).
  'workspace',
  'workspaceForms',
  'workspaceControls',
  'workspacePages',
  'workspaceAdmin',
] as const;
