import { getDesign, useDesignStore } from '../../state/design-store.ts';
import { TOUR_STEPS } from './tour-steps.ts';

const HANDS_ON = 'ecs-tour-hands-on';

/** On a building step the editor takes the pointer as usual (see tour.css); on the others driver.js holds it. */
function handsOn(on: boolean): void {
  document.body.classList.toggle(HANDS_ON, on);
  document.body.classList.toggle('driver-active', !on);
}

let running: { destroy(): void } | undefined;

/**
 * Starts the guided tour (driver.js, loaded on the first start). A step that waits for the
 * user moves on by itself once the design shows it done; Next skips it. The tour only
 * watches the design: everything the user builds stays when it ends.
 */
export async function startTour(): Promise<void> {
  running?.destroy();
  const [{ driver }] = await Promise.all([import('driver.js'), import('driver.js/dist/driver.css'), import('./tour.css')]);
  const start = getDesign();
  let unsubscribe = () => {};
  const tour = driver({
    showProgress: true,
    progressText: '{{current}} of {{total}}',
    nextBtnText: 'Next',
    prevBtnText: 'Back',
    doneBtnText: 'Done',
    popoverClass: 'ecs-tour',
    // The user drags from the palette to the canvas during the steps: no click outside ends it.
    overlayClickBehavior: () => {},
    steps: TOUR_STEPS.map((step) => ({
      element: step.element,
      popover: { title: step.title, description: step.text, side: step.side, align: 'start' },
    })),
    onHighlighted: (_el, _step, { driver: d }) => {
      unsubscribe();
      const step = TOUR_STEPS[d.getActiveIndex() ?? -1];
      handsOn(!!step?.done);
      if (!step?.done) return;
      const check = (design = getDesign()) => {
        if (step.done!(start, design)) {
          unsubscribe();
          d.moveNext();
        }
      };
      unsubscribe = useDesignStore.subscribe((s) => check(s.design));
      check();
    },
    onDestroyed: () => {
      unsubscribe();
      document.body.classList.remove(HANDS_ON);
      running = undefined;
    },
  });
  running = tour;
  tour.drive();
}
