/**
 * The decisions read model. Facts (the decision with its amendments, the
 * reports that name it) are kept beside the judgment computed from them, with
 * a board's delegation order versions and meeting calendar, so that a change
 * to either re-judges the board's decisions right here.
 */
export const DECISIONS_TABLES = [
  'dt_boards',
  'dt_versions',
  'dt_meetings',
  'dt_reports',
  'dt_decisions',
] as const;

export const DECISIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS dt_boards (
  board_id TEXT PRIMARY KEY,
  board_body_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dt_versions (
  board_id TEXT NOT NULL,
  version_id TEXT NOT NULL,
  version TEXT NOT NULL,
  PRIMARY KEY (board_id, version_id)
);
CREATE TABLE IF NOT EXISTS dt_meetings (
  board_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  body_id TEXT NOT NULL,
  date TEXT NOT NULL,
  list_cutoff TEXT NOT NULL,
  receives_reports INTEGER NOT NULL,
  cancelled INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (board_id, meeting_id)
);
CREATE TABLE IF NOT EXISTS dt_reports (
  decision_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  body_id TEXT NOT NULL,
  meeting_date TEXT NOT NULL,
  position INTEGER NOT NULL,
  minutes_paragraph TEXT,
  PRIMARY KEY (decision_id, meeting_id)
);
CREATE TABLE IF NOT EXISTS dt_decisions (
  decision_id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  source_system TEXT NOT NULL,
  external_id TEXT NOT NULL,
  item_code TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  history TEXT NOT NULL,
  judgment TEXT NOT NULL,
  base_status TEXT NOT NULL,
  current_body_id TEXT,
  current_ready_on TEXT,
  due_meeting_id TEXT,
  due_date TEXT,
  flags TEXT NOT NULL,
  case_ref TEXT
);
CREATE INDEX IF NOT EXISTS dt_decisions_queue ON dt_decisions (board_id, base_status, due_date, decided_at);
CREATE INDEX IF NOT EXISTS dt_decisions_by_date ON dt_decisions (board_id, decided_at, decision_id);
CREATE INDEX IF NOT EXISTS dt_decisions_by_body ON dt_decisions (board_id, current_body_id, base_status);
CREATE INDEX IF NOT EXISTS dt_decisions_by_source ON dt_decisions (board_id, source_system, decided_at, decision_id);
CREATE INDEX IF NOT EXISTS dt_decisions_by_current_body ON dt_decisions (board_id, current_body_id, decided_at, decision_id);
CREATE INDEX IF NOT EXISTS dt_decisions_by_item ON dt_decisions (board_id, item_code, decided_at, decision_id);
CREATE INDEX IF NOT EXISTS dt_decisions_by_case_ref ON dt_decisions (board_id, case_ref, decided_at, decision_id);
-- covers flagCounts (flags and status by decision date) without reading the decisions' JSON
CREATE INDEX IF NOT EXISTS dt_decisions_flags_by_date ON dt_decisions (board_id, decided_at, flags, base_status, due_date);
-- the decisions reported at one meeting (DecisionQueries.reportedAt); an index only, so no rebuild
CREATE INDEX IF NOT EXISTS dt_reports_by_meeting ON dt_reports (meeting_id);
`;
