/**
 * Settings per document, asked of the client (workspace/configuration) for that document's URI and
 * remembered until the configuration changes. Never one global settings object: two folders may
 * configure rules differently.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { LintConfig } from '../service/config';
import { defaultSettings, normalizeSettings, SETTINGS_SECTION, type Settings } from '../shared/settings';

export class SettingsResolver {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    /** False when the client cannot answer workspace/configuration: defaults for everyone. */
    private readonly clientAnswers: boolean,
  ) {}

  forDocument(uri: string): Promise<Settings> {
    if (!this.clientAnswers) return Promise.resolve(defaultSettings);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalizeSettings, () => defaultSettings);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

export function lintConfigOf(settings: Settings): LintConfig {
  return { rules: settings.rules };
}
