import { defineMessages } from './define-messages';

/** Strings of projector mode. */
export const projectorMessages = defineMessages({
  'pt-BR': {
    'projector.enter': 'Modo projetor',
    'projector.exit': 'Sair do modo projetor',
    'projector.fullscreen': 'Tela cheia',
    'projector.exitFullscreen': 'Sair da tela cheia',
    'projector.newWindow': 'Abrir em nova janela (tela cheia bloqueada aqui)',
    'projector.blackout': 'Escurecer a tela (B)',
    'projector.blackoutStatus': 'Tela escurecida. Pressione B ou Esc para voltar.',
    'projector.toolbar': 'Controles do modo projetor',
    'projector.shortcutBlackout': 'B: escurece a tela ou a traz de volta (Esc também volta)',
  },
  en: {
    'projector.enter': 'Projector mode',
    'projector.exit': 'Leave projector mode',
    'projector.fullscreen': 'Full screen',
    'projector.exitFullscreen': 'Leave full screen',
    'projector.newWindow': 'Open in a new window (full screen is blocked here)',
    'projector.blackout': 'Black out the screen (B)',
    'projector.blackoutStatus': 'Screen blacked out. Press B or Esc to bring it back.',
    'projector.toolbar': 'Projector mode controls',
    'projector.shortcutBlackout':
      'B: blacks the screen out or brings it back (Esc also brings it back)',
  },
});
