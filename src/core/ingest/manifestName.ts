const MANIFEST_NAME = /^manifest\.(json|ya?ml)$/i;

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** A folder's manifest, by its name: manifest.json, manifest.yaml or manifest.yml. */
export function isManifest(name: string): boolean {
  return MANIFEST_NAME.test(baseName(name));
}

export function isYamlManifest(name: string): boolean {
  return isManifest(name) && !/\.json$/i.test(name);
}
