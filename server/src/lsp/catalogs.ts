/**
 * One language service per set of catalog files (imr.catalogFiles, per document): documents whose
 * settings name the same files share a service, its catalog and its parse cache. Catalog files are
 * data (JSON), read here because the service never touches the file system.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../service/catalog/catalog';
import type { CatalogData, CatalogEntry, GuidelineEdition } from '../service/catalog/types';
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

/** The base catalog plus each file's entries (an entry with a known id replaces it) and editions. */
export function extendCatalog(base: Catalog, files: readonly string[], logger: Logger): Catalog {
  const entries = new Map<string, CatalogEntry>(base.entries.map((e) => [e.id, e]));
  const editions: GuidelineEdition[] = [...base.editions];
  let read = 0;
  for (const file of files) {
    const data = readCatalogFile(file, logger);
    if (!data) continue;
    read++;
    for (const entry of data.entries) entries.set(entry.id, entry);
    editions.push(...data.editions);
  }
  return new Catalog({
    version: read > 0 ? `${base.version}+${read}` : base.version,
    editions,
    entries: [...entries.values()],
  });
}

/** A CatalogData object or a bare array of entries; anything else is logged (by file name) and skipped. */
function readCatalogFile(file: string, logger: Logger): Pick<CatalogData, 'entries' | 'editions'> | null {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const data = Array.isArray(json) ? { entries: json, editions: [] } : (json as Partial<CatalogData>);
    const entries = (Array.isArray(data.entries) ? data.entries : []).filter(
      (e): e is CatalogEntry =>
        typeof e === 'object' && e !== null && typeof (e as CatalogEntry).id === 'string',
    );
    return { entries, editions: Array.isArray(data.editions) ? data.editions : [] };
  } catch (error) {
    logger.log(
      `catalog file ${basename(file)} skipped: ${(error as NodeJS.ErrnoException).code ?? (error as Error).name}`,
    );
    return null;
  }
}
