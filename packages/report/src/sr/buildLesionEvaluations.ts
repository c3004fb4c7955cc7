import { UCUM } from '../dicom/ucum';
import { LONGITUDINAL_CODES as L } from '../dicom/longitudinalCodes';
import type { Lesion } from '../model/schema';
import type { Item } from './contentItems';
import { codeItem, numItem, textItem } from './contentItems';
import { codeForRole, codeForStatus } from './lesionCodes';
import { CODES } from '../dicom/codes';
import { findingSiteCode } from '../dicom/findingSites';

/**
 * The longitudinal attributes of one lesion as items of its TID 1500 measurement group (the
 * group's "qualitative evaluations", TID 1410/1411/1501 CONTAINS CODE/TEXT): RECIST role as
 * Baseline Category, status, organ, growth flag, Deauville score and how to re-measure it.
 * Caliper's lesion id, tool and location label follow as before.
 */
export function buildLesionEvaluations(lesion: Lesion): Item[] {
  const items: Item[] = [];
  // The Tracking Identifier carries the tracking label; the display name then needs its own item.
  if (lesion.trackingIdentifier !== undefined && lesion.name !== lesion.trackingIdentifier) items.push(textItem('CONTAINS', L.lesionName, lesion.name));
  items.push(codeItem('CONTAINS', L.baselineCategory, codeForRole(lesion.role)));
  if (lesion.status !== undefined) items.push(codeItem('CONTAINS', L.lesionStatus, codeForStatus(lesion.status)));
  // A site from the list is written as a coded Finding Site (buildMeasurementGroup); free text stays text.
  if (lesion.organ !== undefined && (lesion.referenceRegion !== undefined || findingSiteCode(lesion.organ) === undefined)) items.push(textItem('CONTAINS', L.organ, lesion.organ));
  if (lesion.increased !== undefined) items.push(codeItem('CONTAINS', L.increased, lesion.increased ? L.yes : L.no));
  if (lesion.deauville !== undefined) items.push(numItem('CONTAINS', L.deauville, lesion.deauville, UCUM['1']));
  // Free-form tool settings (grow bounds, PET threshold rule): JSON keeps their types.
  if (lesion.remeasure !== undefined) items.push(textItem('CONTAINS', L.remeasure, JSON.stringify(lesion.remeasure)));
  items.push(textItem('CONTAINS', CODES.lesionId, lesion.id));
  items.push(textItem('CONTAINS', CODES.annotationTool, lesion.tool));
  if (lesion.locationLabel !== undefined) items.push(textItem('CONTAINS', CODES.locationLabel, lesion.locationLabel));
  return items;
}
