/**
 * Settings per document, asked of the client (workspace/configuration) for that document's URI and
 * remembered until the configuration changes. Never one global settings object: two folders may
 * configure rules differently.
 */
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { ConfigResolver } from '../cli/config';
import type { LintConfig } from '../service/config';
import { defaultSettings, normalizeSettings, SETTINGS_SECTION, type Settings } from '../shared/settings';

export class SettingsResolver {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** `.imr-lint.json` files, found from the document's folder upwards exactly as the CLI finds them. */
  private configFiles = new ConfigResolver({ kind: 'lookup' });

  constructor(
    private readonly connection: Connection,
    /** False when the client cannot answer workspace/configuration: defaults for everyone. */
    private readonly clientAnswers: boolean,
  ) {}

  forDocument(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      const fromClient = this.clientAnswers
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
            .then(normalizeSettings, () => defaultSettings)
        : Promise.resolve(defaultSettings);
      settings = fromClient.then((s) => this.withConfigFiles(uri, s));
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /**
   * The `.imr-lint.json` rules and catalog files that apply to the document, under the editor's own
   * `imr.rules` and `imr.catalogFiles` (what the user set in the editor wins). A broken config file is
   * reported by name and position in the log and otherwise ignored, never fatal.
   */
  private withConfigFiles(uri: string, settings: Settings): Settings {
    if (!uri.startsWith('file:')) return settings;
    try {
      const config = this.configFiles.forFile(fileURLToPath(uri));
      return {
        ...settings,
        rules: { ...config.rules, ...settings.rules },
        catalogFiles: [...config.catalogFiles, ...settings.catalogFiles],
      };
    } catch (error) {
      this.connection.console.warn(`configuration ignored: ${(error as Error).message}`);
      return settings;
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.configFiles = new ConfigResolver({ kind: 'lookup' });
  }
}

export function lintConfigOf(settings: Settings): LintConfig {
  return { rules: settings.rules };
}
