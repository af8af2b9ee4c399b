import { formatJson } from './json';
import { formatStylish } from './stylish';
import type { Formatter } from './types';

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
};
