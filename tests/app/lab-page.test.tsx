import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LabPage } from '../../src/app/LabPage';
import { LabFrame, LabPlacementContext } from '../../src/labs/shared/LabFrame';
import { LAB_IDS, LABS, labTitle } from '../../src/labs/lab-registry';
import { resetAppStore, useAppStore } from '../../src/store/store';

beforeEach(() => resetAppStore());

describe('the lab view', () => {
  it('loads a section component from every manifest', async () => {
    for (const manifest of LABS.values()) {
      expect((await manifest.load()).default, manifest.id).toBeTypeOf('function');
    }
  });

  it('lists the sections that exist when the id is unknown', () => {
    render(<LabPage id="nope" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Não há seção de laboratório “nope”');
    const links = within(alert).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      LAB_IDS.map((id) => labTitle(id, 'pt-BR')),
    );
    expect(links[0]).toHaveAttribute('href', `?view=lab&id=${LAB_IDS[0]}&lang=pt-BR`);
  });

  it('frames a section with an h3 and a link to it inside the lesson, an h1 alone', () => {
    const frame = (
      <LabFrame id="schedules" title="Agendamentos" intro={<p>Compare.</p>}>
        <p>Corpo</p>
      </LabFrame>
    );
    const { unmount } = render(frame);
    const region = screen.getByRole('region', { name: 'Agendamentos' });
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent('Agendamentos');
    expect(within(region).getByRole('link', { name: 'Abrir esta seção sozinha' })).toHaveAttribute(
      'href',
      '?view=lab&id=schedules&lang=pt-BR',
    );
    unmount();
    useAppStore.getState().setLanguage('en');
    render(<LabPlacementContext value="standalone">{frame}</LabPlacementContext>);
    expect(screen.getByRole('heading', { level: 1, name: 'Agendamentos' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
