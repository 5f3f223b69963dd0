import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validateGeometry, validateLayer } from '../utils/geojson';

/**
 * Refuses invalid GeoJSON before anything is written, from the admin, the API or the seed alike: a
 * map layer's `data` must be a valid FeatureCollection, a unit's `geometry` a valid geometry. The
 * error names the problem and the feature index (see utils/geojson.ts for the rules).
 */
const CHECKS: Record<string, { field: string; validate: typeof validateLayer | typeof validateGeometry; label: string }> = {
  'api::map-layer.map-layer': { field: 'data', validate: validateLayer, label: 'GeoJSON' },
  'api::admin-unit.admin-unit': { field: 'geometry', validate: validateGeometry, label: 'Geometry' },
};

export function registerGeoJsonValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const check = CHECKS[context.uid];
    if (!check || (context.action !== 'create' && context.action !== 'update')) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    const value = data?.[check.field];
    if (data && value !== undefined && value !== null) {
      const result = check.validate(value);
      if (!result.ok) {
        throw new errors.ValidationError(`${check.label} is invalid — ${result.message}`, {
          errors: [{ path: [check.field], message: result.message, name: 'ValidationError' }],
        });
      }
      data[check.field] = result.value; // a JSON string from an API caller is stored as JSON
    }
    return next();
  });
}
