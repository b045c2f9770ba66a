/** The ownership marker, as the Office.js adapter uses it: the shared layout and comparison. */
export { entryFor, markerRows, parseMarker, stillOwned, type MarkerEntry } from '../shared/marker';
