/**
 * The week's plant diversity: plants seen on recipe pages the user opened, per local day; the
 * count over the last 7 days toward the "30 plants a week" goal (McDonald et al. 2018).
 */
import type { GutLensDB } from './db';
import type { PlantCount, WeekPlants } from './messages';
import { lastDays, localDay } from './local-day';

export const WEEKLY_PLANT_GOAL = 30;

export async function recordPlants(db: GutLensDB, plants: PlantCount, url: string, when: Date): Promise<void> {
  const day = localDay(when);
  await db.transaction('rw', db.plants, async () => {
    for (const plant of plants.groups) {
      const seen = await db.plants.where('[day+plant]').equals([day, plant]).count();
      if (!seen) await db.plants.add({ day, plant, url, weight: plants.quarter.includes(plant) ? 0.25 : 1 });
    }
  });
  // Keep two weeks: older sightings never count again.
  const oldest = lastDays(when, 14)[0];
  await db.plants.where('day').below(oldest).delete();
}

export async function weekPlants(db: GutLensDB, now: Date): Promise<WeekPlants> {
  const days = lastDays(now, 7);
  const rows = await db.plants.where('day').between(days[0], days[6], true, true).toArray();
  const weights = new Map<string, number>();
  for (const row of rows) weights.set(row.plant, Math.max(weights.get(row.plant) ?? 0, row.weight ?? 1));
  let count = 0;
  for (const weight of weights.values()) count += weight;
  return { count, goal: WEEKLY_PLANT_GOAL, groups: [...weights.keys()].sort() };
}
