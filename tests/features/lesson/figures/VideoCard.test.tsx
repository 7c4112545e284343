import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { VideoCard } from '../../../../src/features/lesson/figures/VideoCard';
import { resetAppStore, useAppStore } from '../../../../src/store/store';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

const attributes = {
  'data-video-id': 'mBqfY_TX_8o',
  'data-title': 'Backpropagation em 10 minutos',
};

describe('the video card', () => {
  it('links out to YouTube in a new tab', () => {
    render(<VideoCard attributes={attributes} />);
    expect(screen.getByText('Backpropagation em 10 minutos')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /Assistir no YouTube/ });
    expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=mBqfY_TX_8o');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName('Assistir no YouTube (abre em outra aba)');
  });

  it('loads nothing from another host: no iframe, no image, no src at all', () => {
    const { container } = render(<VideoCard attributes={attributes} />);
    expect(container.querySelector('iframe, img, image, object, embed, video')).toBeNull();
    expect(container.querySelectorAll('[src], [srcset], [poster]')).toHaveLength(0);
    expect(container.querySelector('svg')).not.toBeNull();
  });

  it('draws nothing for a missing or malformed id', () => {
    const { container } = render(
      <>
        <VideoCard attributes={{}} />
        <VideoCard attributes={{ 'data-video-id': 'x" onload="alert(1)' }} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('has a default title and speaks English', () => {
    useAppStore.getState().setLanguage('en');
    render(<VideoCard attributes={{ 'data-video-id': 'mBqfY_TX_8o' }} />);
    expect(screen.getByText('Lesson video')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Watch on YouTube/ })).toBeInTheDocument();
  });
});
