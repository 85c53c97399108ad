// Test rows for the desk: dated articles around November 2016 from three outlets in two languages, besides the seeds.
/** Dated rows around November 2016 from two outlets, in two languages, so the filters have something to leave out. */
export const DATED = [
  {
    id: 'oct-31',
    outlet: 'Harbour Times',
    published: '2016-10-31T23:59:00',
    title: 'Port strike ends after talks',
    text: 'Dock workers in the harbour ended a strike on Monday after talks with the port authority lasted through the night and produced a new pay offer for the crews.',
  },
  {
    id: 'nov-01',
    outlet: 'Harbour Times',
    published: '2016-11-01',
    title: 'Ferry timetable changes for winter',
    text: 'The ferry company said the winter timetable would start on Tuesday with fewer crossings at night and more in the morning rush, after complaints from commuters.',
  },
  {
    id: 'nov-30',
    outlet: 'Valley Post',
    published: '2016-11-30T18:00:00Z',
    title: 'Vineyards count the cost of hail',
    text: 'Growers in the valley said a hail storm on Wednesday destroyed a third of the grapes still on the vines, and the regional council promised emergency aid to the worst hit farms.',
  },
  {
    id: 'dec-01',
    outlet: 'Valley Post',
    published: '2016-12-01T00:00:01Z',
    title: 'Council approves hail aid',
    text: 'The regional council approved emergency aid for vineyards hit by last week hail storm, and farmers said the money would arrive too late for some of them to pay their workers.',
    language: 'en',
  },
  {
    id: 'nov-15-de',
    outlet: 'Talbote',
    published: '2016-11-15',
    title: 'Hagel zerstört Weinberge im Tal',
    language: 'de',
    text: 'Ein schweres Hagelunwetter hat am Mittwoch im Tal einen großen Teil der Trauben vernichtet, sagten die Winzer, und der Gemeinderat versprach den Betrieben rasche Hilfe.',
  },
];
