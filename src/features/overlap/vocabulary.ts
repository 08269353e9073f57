import {
  functionVocabulary,
  serviceVocabulary,
  VOCABULARY_VERSION,
} from '../../../seeds/data/function-vocabulary';
import { functionSeeds } from '../../../seeds/data/functions';
import { type CompiledVocabulary, compileVocabulary } from '../../domain/inference';

let compiled: CompiledVocabulary | undefined;

/**
 * The curated vocabulary (seeds/data/function-vocabulary.ts) with every catalogue function's
 * titles, compiled on first use. It is versioned data shipped with the code, not catalogue
 * state, so keeping it in memory is right on every runtime.
 */
export function vocabulary(): CompiledVocabulary {
  if (compiled) return compiled;
  const extra = new Map(functionVocabulary.map((e) => [e.function, e]));
  compiled = compileVocabulary({
    version: VOCABULARY_VERSION,
    functions: functionSeeds.map((f) => ({
      code: f.code,
      title: f.title,
      titleEn: f.titleEn,
      strong: extra.get(f.code)?.strong,
      terms: extra.get(f.code)?.terms,
    })),
    services: serviceVocabulary,
  });
  return compiled;
}
