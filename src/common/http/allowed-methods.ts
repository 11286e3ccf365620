/** More methods than any endpoint has: a route registered for all of them. */
const ALL_METHODS_THRESHOLD = 8;

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): unknown;
}

/**
 * The methods the app's routes answer on `path` (with HEAD where GET is), read from Express's
 * router: a request whose path exists but whose method does not is a 405 with Allow, not a 404.
 */
export function allowedMethods(expressApp: unknown, path: string): string[] {
  const stack = (expressApp as { router?: { stack?: RouteLayer[] } }).router?.stack ?? [];
  const methods = new Set<string>();
  for (const layer of stack) {
    if (!layer.route || !layer.match(path)) continue;
    const on = Object.entries(layer.route.methods).filter(([m, yes]) => yes && m !== '_all');
    // Middleware mounted for every method (the body parser) is not an endpoint.
    if (on.length > ALL_METHODS_THRESHOLD) continue;
    for (const [method] of on) methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
