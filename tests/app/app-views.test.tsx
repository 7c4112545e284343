import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { resetAppStore } from '../../src/store/store';

beforeEach(() => resetAppStore());

describe('the views a link can ask for', () => {
  it('shows the lesson with its header and footer by default', () => {
    render(<App />);
    expect(screen.getByRole('banner')).toHaveTextContent('Backprop Lab');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('shows the exercise alone, without page chrome, for view=widget', async () => {
    render(<App link={{ view: 'widget', projector: false }} />);
    expect(
      // the exercise's code is a lazy chunk: importing it can take a while on a busy machine
      await screen.findByRole(
        'heading',
        { name: 'Backpropagation – Passo a Passo' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('.site-header, .site-footer')).toBeNull();
  });

  it('lists the lab sections when a lab link names none', () => {
    render(<App link={{ view: 'lab', projector: false }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Escolha uma seção do laboratório');
    expect(document.querySelector('.site-header')).toBeNull();
  });
});
