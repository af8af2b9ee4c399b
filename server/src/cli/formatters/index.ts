import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { sarifFormatter } from './sarif';
import { formatStylish } from './stylish';
import type { Formatter } from './types';

export function formatters(homepage: string | undefined): Readonly<Record<string, Formatter>> {
  return {
    stylish: formatStylish,
    json: formatJson,
    sarif: sarifFormatter(homepage),
    github: formatGithub,
    junit: formatJunit,
  };
}

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
