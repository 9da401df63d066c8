import { describe, expect, it } from 'vitest';
import { boundsOf, MAX_PICTURE_SIDE, pictureFileName, pictureFrame } from './picture-frame.ts';

describe('picture frame', () => {
  it('takes the box around what is shown, with a margin, at full size and twice as sharp', () => {
    const bounds = boundsOf([
      { x: 100, y: 50, width: 200, height: 100 },
      { x: 500, y: 300, width: 240, height: 120 },
    ])!;
    expect(bounds).toEqual({ x: 100, y: 50, width: 640, height: 370 });
    // 640 + 2·48 by 370 + 2·48; the design's (100, 50) lands at (48, 48).
    expect(pictureFrame(bounds)).toEqual({ width: 736, height: 466, x: -52, y: -2, zoom: 1, pixelRatio: 2 });
  });

  it('shrinks a design larger than a browser canvas holds, keeping its proportions', () => {
    const frame = pictureFrame({ x: 0, y: 0, width: 15_904, height: 3_904 });
    expect(frame.zoom).toBe(0.5);
    expect([frame.width, frame.height]).toEqual([MAX_PICTURE_SIDE, 2000]);
    expect([frame.x, frame.y, frame.pixelRatio]).toEqual([24, 24, 1]);
  });

  it('has no bounds for nothing (the picture is refused with a message instead)', () => {
    expect(boundsOf([])).toBeUndefined();
  });

  it('names the file after the design', () => {
    expect(pictureFileName('Web app / prod', 'design', 'png')).toBe('Web-app-prod.png');
    expect(pictureFileName('  ', 'selection', 'svg')).toBe('design-selection.svg');
  });
});
