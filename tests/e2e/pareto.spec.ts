import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library';
import { WorkshopPage } from './pages/workshop';
import { expectNoSeriousA11yViolations } from './helpers/axe';
import { defaultRules } from '../../shared/boards/dot-vote/results';

type Api = (method: string, input: unknown) => Promise<unknown>;

const CAUSES = ['Puhelinjono', 'Lähetteet puutteellisia', 'Ajanvaraus hajallaan', 'Tulkki puuttuu', 'Muu syy'];
// 20 + 12 + 10 + 5 + 3 paper dots: the first three reach 84 %.
const DOTS = [20, 12, 10, 5, 3];

test('Pareto chart of a dot vote: opened by keyboard, bars largest first, the vital few named; axe', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const lib = new LibraryPage(page);
  const ws = new WorkshopPage(page);
  await lib.goto('/');
  await lib.createWorkshop('Paretotesti');
  await ws.addTeam();
  const [, workshopId, , teamId] = /#\/w\/([^/]+)\/(team)\/([^/]+)/.exec(page.url())!;
  const api: Api = async (method, input) => {
    const res = await page.request.post(`/api/${method}`, { data: input });
    const body = (await res.json()) as { ok: boolean; value: unknown };
    expect(body.ok, JSON.stringify(body)).toBe(true);
    return body.value;
  };
  const { id } = (await api('boards.create', { workshopId, teamId, kind: 'dot-vote', name: 'Juurisyyt' })) as {
    id: string;
  };
  const apply = (command: unknown) => api('boards.apply', { workshopId, id, command });
  const board = (await api('boards.get', { workshopId, id })) as { doc: { rounds: { id: string }[] } };
  const roundId = board.doc.rounds[0]!.id;
  const options = CAUSES.map((text, i) => ({
    id: `opt-${i}`,
    text,
    source: null,
    sourceBoardName: '',
    sourceGroup: '',
  }));
  await apply({ type: 'addOptions', options });
  await apply({
    type: 'setRules',
    roundId,
    rules: { ...defaultRules(5), collection: 'paper', dotsPerVoter: 10, maxPerOption: 10 },
  });
  await apply({ type: 'startVoting', roundId });
  await apply({ type: 'setPaper', roundId, paper: { voters: 5, counts: DOTS } });
  await apply({ type: 'reveal', roundId });
  await page.goto(`/#/w/${workshopId}/board/${id}`);

  const summary = ws.main.getByText('Pareto-kaavio', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const pareto = ws.main.getByTestId('pareto');
  await expect(pareto).toBeVisible();
  await expect(pareto.getByRole('img', { name: 'Pareto-kaavio: Juurisyyt' })).toBeVisible();
  await expect(pareto).toContainText('80 % pisteistä: Puhelinjono, Lähetteet puutteellisia, Ajanvaraus hajallaan');
  await pareto.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('pareto.png') });
  await expectNoSeriousA11yViolations(page);
  void host;
});
