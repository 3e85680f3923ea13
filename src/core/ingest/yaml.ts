import { parse } from 'yaml';
import type { YamlParser } from './formats';

/** The YAML parser in a module of its own, so it can be imported only when a build needs it. */
export const parseYaml: YamlParser = (text) => parse(text) as unknown;
