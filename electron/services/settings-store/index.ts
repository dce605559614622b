// Public surface of the app's settings database (recent projects, preferences).
export {
  openSettingsStore,
  SettingsStore,
  SETTINGS_FILE,
  SETTINGS_APPLICATION_ID,
  RECENTS_LIMIT,
  type Theme,
  type RecentProjectEntry,
} from './settings-store';
