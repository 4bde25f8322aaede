/**
 * One Ajv instance per purpose, loaded with every model's definitions under the model's
 * file name ($ref 'ordersV0.json#/definitions/Order'). Swagger 2.0 schemas are close enough
 * to draft-07 for Ajv once its vendor keywords and formats are tolerated.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { listModelFiles, loadModel, modelsDir, type JsonSchema } from './models.js';

/** Swagger formats that JSON Schema does not define; accepted without checking. */
const SWAGGER_ONLY_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'decimal'];

export interface SchemaCompilerOptions {
  /** Rewrites each definitions tree before Ajv sees it (tests forbid unknown fields). */
  transform?: (schema: JsonSchema) => JsonSchema;
  dir?: string;
}

export class SchemaCompiler {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly loaded = new Set<string>();

  constructor(private readonly options: SchemaCompilerOptions = {}) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    for (const format of SWAGGER_ONLY_FORMATS) this.ajv.addFormat(format, true);
  }

  /** Compiles a schema taken from `modelFile`; its local $refs resolve against that model. */
  compile(modelFile: string, schema: JsonSchema): ValidateFunction {
    const key = `${modelFile}:${JSON.stringify(schema)}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    this.ensureModel(modelFile);
    const rooted = rewriteRefs(this.options.transform ? this.options.transform(schema) : schema, modelFile);
    const validate = this.ajv.compile(rooted as object);
    this.cache.set(key, validate);
    return validate;
  }

  private ensureModel(modelFile: string): void {
    if (this.loaded.has(modelFile)) return;
    const dir = this.options.dir ?? modelsDir();
    const files = listModelFiles(dir);
    if (!files.includes(modelFile)) throw new Error(`unknown model ${modelFile}`);
    const definitions = loadModel(modelFile, dir).definitions ?? {};
    const tree = { $id: modelFile, definitions };
    this.ajv.addSchema((this.options.transform ? this.options.transform(tree) : tree) as object);
    this.loaded.add(modelFile);
  }
}

/** '#/definitions/X' -> 'model.json#/definitions/X' so a schema compiled alone still resolves. */
function rewriteRefs(schema: unknown, modelFile: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => rewriteRefs(s, modelFile));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${modelFile}${value}` : rewriteRefs(value, modelFile);
  }
  return out;
}
