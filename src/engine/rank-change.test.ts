/** rankChanges: the previous period's zone rank minus this one's. */
import { rankChanges } from './rank';

it('is null in the first period, positive for a unit that moved up, negative for one that fell', () => {
  const rows = [
    { period: 'Q1', unit: '甲', rankInZone: 1 },
    { period: 'Q1', unit: '乙', rankInZone: 3 },
    { period: 'Q2', unit: '甲', rankInZone: 2 },
    { period: 'Q2', unit: '乙', rankInZone: 1 },
    { period: 'Q3', unit: '甲', rankInZone: 2 },
    { period: 'Q3', unit: '丙', rankInZone: 1 },
  ];
  expect(rankChanges(rows, ['Q1', 'Q2', 'Q3'])).toEqual([null, null, -1, 2, 0, null]);
});
