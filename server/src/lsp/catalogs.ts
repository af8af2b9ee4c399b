/**
 * One language service per set of catalog files (imr.catalogFiles, per document): documents whose
 * settings name the same files share a service, its catalog and its parse cache. Catalog files are
 * data (JSON), read here because the service never touches the file system.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../service/catalog/catalog';
import { teamCatalog } from '../service/catalog/default';
import { createLanguageService, type LanguageService, type Logger } from '../service/index';
import type { SettingsResolver } from './settings';

export class ServiceRegistry {
  private readonly services = new Map<string, LanguageService>();

  constructor(
    private readonly base: Catalog,
    private readonly settings: SettingsResolver,
    /** Workspace folder paths; relative catalog paths resolve against the document's folder. */
    private readonly folders: readonly string[],
    private readonly logger: Logger,
  ) {}

  /** The default service: the shipped catalog only. */
  get fallback(): LanguageService {
    return this.serviceFor([]);
  }

  async forDocument(uri: string): Promise<LanguageService> {
    const { catalogFiles } = await this.settings.forDocument(uri);
    return this.serviceFor(catalogFiles.map((f) => this.resolvePath(uri, f)));
  }

  forget(uri: string): void {
    for (const service of this.services.values()) service.forget(uri);
  }

  /** Catalog files may have changed with the configuration: read them again on next use. */
  clear(): void {
    this.services.clear();
  }

  private serviceFor(files: readonly string[]): LanguageService {
    const key = files.join('\n');
    let service = this.services.get(key);
    if (!service) {
      const catalog = files.length === 0 ? this.base : extendCatalog(this.base, files, this.logger);
      service = createLanguageService({ catalog, logger: this.logger });
      this.services.set(key, service);
    }
    return service;
  }

  private resolvePath(uri: string, file: string): string {
    if (isAbsolute(file)) return file;
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : '';
    const folder = this.folders
      .filter((f) => path.startsWith(`${f}/`))
      .sort((a, b) => b.length - a.length)[0];
    return resolve(folder ?? this.folders[0] ?? '.', file);
  }
}

/**
 * The bundled catalog with the team files laid over it (the catalog's own merge and schema: later
 * file wins). A file that cannot be read or is invalid is skipped whole and logged by name only.
 */
export function extendCatalog(base: Catalog, files: readonly string[], logger: Logger): Catalog {
  const team: { name: string; data: unknown }[] = [];
  for (const file of files) {
    try {
      team.push({ name: file, data: JSON.parse(readFileSync(file, 'utf8')) as unknown });
    } catch (error) {
      logger.log(
        `catalog file ${basename(file)} skipped: ${(error as NodeJS.ErrnoException).code ?? (error as Error).name}`,
      );
    }
  }
  if (team.length === 0) return base;
  const { catalog, problems } = teamCatalog(team);
  for (const p of problems) logger.log(`catalog file ${basename(p.file)}: ${p.path || '/'}: ${p.message}`);
  return catalog;
}
