import type { WorkshopData } from '../../../shared/domain/workshop-data';

/** A small valid workshop that rejection tests break in one place each. */
export function smallWorkshop(): WorkshopData {
  return {
    title: 'Kierros 5',
    round: {
      name: 'Sujuvat palvelut -valmennus, kierros 5',
      startDate: '2025-09-01',
      endDate: '2026-08-31',
      notes: '',
    },
    days: [
      {
        id: 'day-1',
        ordinal: 0,
        title: 'Työpaja 1, päivä 1',
        date: '2025-09-16',
        venue: 'Tampere',
        agenda: [{ id: 'ag-1', start: '09:00', durationMin: 20, title: 'Avaus' }],
      },
    ],
    teams: [
      {
        id: 'team-1',
        ordinal: 0,
        name: 'Pirkanmaa',
        county: 'pirkanmaa',
        targetGroup: 'informal-carers',
        targetGroupOther: '',
        process: 'Omaishoidon tuki',
        aim: '',
      },
    ],
    members: [
      {
        id: 'mem-1',
        teamId: 'team-1',
        ordinal: 0,
        name: 'Aino Asiakas',
        role: 'client-rep',
        profession: '',
        organisation: '',
      },
    ],
    boards: [
      {
        id: 'board-1',
        teamId: 'team-1',
        kind: 'ideas-wall',
        name: 'Muutosideat',
        ordinal: 0,
        createdAt: '2025-09-16T09:00:00.000Z',
        updatedAt: '2025-09-16T09:00:00.000Z',
        docVersion: 1,
        doc: {
          clusters: [{ id: 'c1', name: 'Yhteydenotto', x: 0, y: 0, width: 480, height: 400 }],
          notes: [
            {
              id: 'n1',
              text: 'Yksi puhelinnumero',
              color: 'yellow',
              authorRole: 'client-rep',
              clusterId: 'c1',
              x: 20,
              y: 60,
            },
          ],
        },
      },
    ],
  };
}
