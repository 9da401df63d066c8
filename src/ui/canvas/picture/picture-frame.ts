/**
 * Where a picture of the diagram is taken: the box around what it shows, with a margin,
 * at full size (zoom 1, where cards are drawn in full detail) unless that would be larger
 * than a browser canvas holds, and sharper (pixel ratio 2) when it is small enough.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PictureFrame {
  /** Size of the picture in CSS pixels. */
  width: number;
  height: number;
  /** The viewport transform that puts the box in the picture: translate(x, y) scale(zoom). */
  x: number;
  y: number;
  zoom: number;
  /** Device pixels per CSS pixel of the PNG. */
  pixelRatio: number;
}

export const PICTURE_MARGIN = 48;
/** Chrome refuses canvases much beyond 16k pixels a side; stay well inside (and inside memory). */
export const MAX_PICTURE_SIDE = 8000;
const SHARP_RATIO = 2;

export function boundsOf(boxes: Iterable<Box>): Box | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function pictureFrame(bounds: Box, margin = PICTURE_MARGIN, maxSide = MAX_PICTURE_SIDE): PictureFrame {
  const fullWidth = bounds.width + 2 * margin;
  const fullHeight = bounds.height + 2 * margin;
  const zoom = Math.min(1, maxSide / Math.max(fullWidth, fullHeight));
  const width = Math.ceil(fullWidth * zoom);
  const height = Math.ceil(fullHeight * zoom);
  return {
    width,
    height,
    x: (margin - bounds.x) * zoom,
    y: (margin - bounds.y) * zoom,
    zoom,
    pixelRatio: Math.max(1, Math.min(SHARP_RATIO, maxSide / Math.max(width, height))),
  };
}

/** A file name from the design's name: letters, digits, dots, dashes and underscores. */
export function pictureFileName(designName: string, scope: 'design' | 'selection', format: 'png' | 'svg'): string {
  const base = designName.trim().replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'design';
  return `${base}${scope === 'selection' ? '-selection' : ''}.${format}`;
}
