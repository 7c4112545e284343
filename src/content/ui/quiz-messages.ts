import { defineMessages } from './define-messages';

/** Strings of the quizzes, the progress panel and the notice about saved progress. */
export const quizMessages = defineMessages({
  'pt-BR': {
    'quiz.single': 'Escolha uma opção.',
    'quiz.multiple': 'Marque todas as opções corretas (pode haver mais de uma).',
    'quiz.check': 'Verificar',
    'quiz.retry': 'Tentar de novo',
    'quiz.verdict.correct': 'Correta',
    'quiz.verdict.incorrect': 'Incorreta',
    'quiz.verdict.missed': 'Faltou marcar',
    'quiz.result.correct': 'Resposta certa!',
    'quiz.result.incorrect': 'Ainda não: veja o retorno de cada opção e a explicação.',
    'quiz.explanation': 'Explicação',
    'quiz.intro.title': 'Sobre as perguntas',
    'quiz.intro.text':
      'Suas respostas ficam salvas só neste navegador, neste aparelho: nada é enviado a um servidor. Vale a última tentativa de cada pergunta.',
    'quiz.intro.memory':
      'Este navegador recusa guardar dados: suas respostas ficam só na memória desta aba e somem quando você a fechar; nada é enviado a um servidor. Vale a última tentativa de cada pergunta.',
    'quiz.intro.lms':
      'Suas respostas são enviadas a {lms}, que guarda a sua nota; nada fica salvo neste navegador. Vale a última resposta verificada de cada pergunta: “Tentar de novo” não muda a nota até você verificar uma nova resposta. A nota é enviada quando todas as perguntas tiverem resposta.',
    'quiz.intro.lmsUnnamed': 'o seu ambiente de aprendizagem (LMS)',
    'quiz.intro.review':
      'Revisão: {lms} já registrou esta tentativa. Você vê as respostas registradas e pode experimentar, mas nada do que fizer agora é enviado nem muda a sua nota.',
    'quiz.progress.title': 'Seu progresso nas perguntas',
    'quiz.progress.answered': 'Respondidas',
    'quiz.progress.correct': 'Corretas',
    'quiz.progress.percent': 'Acertos',
    'quiz.progress.count': '{count} de {total}',
    'quiz.progress.percentValue': '{percent}% das perguntas',
    'quiz.progress.bar': 'Perguntas respondidas corretamente',
    'quiz.progress.bySection': 'Por seção',
    'quiz.progress.section': 'Seção',
    'quiz.progress.none': 'Esta aula não tem perguntas.',
    'quiz.reset': 'Zerar progresso',
    'quiz.reset.confirm': 'Apagar todas as respostas salvas desta aula? Não dá para desfazer.',
    'quiz.reset.yes': 'Sim, zerar',
    'quiz.reset.cancel': 'Cancelar',
    'quiz.reset.done': 'Progresso zerado.',
    'storage.unreadable': 'O progresso salvo neste navegador estava ilegível e foi zerado.',
    'storage.partlyUnreadable':
      'Parte do progresso salvo neste navegador estava ilegível e foi descartada.',
    'storage.unavailable':
      'Este navegador não deixa a página salvar dados: suas respostas valem só até você fechar a aba.',
    'storage.dismiss': 'Entendi',
    'quiz.view.choose': 'Escolha um questionário da aula:',
    'quiz.view.unknown': 'Não há questionário “{id}” nesta aula. Questionários disponíveis:',
  },
  en: {
    'quiz.single': 'Choose one option.',
    'quiz.multiple': 'Tick every correct option (there may be more than one).',
    'quiz.check': 'Check',
    'quiz.retry': 'Try again',
    'quiz.verdict.correct': 'Correct',
    'quiz.verdict.incorrect': 'Incorrect',
    'quiz.verdict.missed': 'Missed',
    'quiz.result.correct': 'Right answer!',
    'quiz.result.incorrect': 'Not yet: see the feedback on each option and the explanation.',
    'quiz.explanation': 'Explanation',
    'quiz.intro.title': 'About the questions',
    'quiz.intro.text':
      'Your answers are saved in this browser only, on this device: nothing is sent to a server. The latest attempt at each question counts.',
    'quiz.intro.memory':
      'This browser refuses to store data: your answers stay in this tab’s memory only and are gone when you close it; nothing is sent to a server. The latest attempt at each question counts.',
    'quiz.intro.lms':
      'Your answers are sent to {lms}, which keeps your grade; nothing is saved in this browser. The latest checked answer of each question counts: “Try again” does not change the grade until you check a new answer. The grade is sent once every question has an answer.',
    'quiz.intro.lmsUnnamed': 'your learning platform (LMS)',
    'quiz.intro.review':
      'Review: {lms} has already recorded this attempt. You see the recorded answers and may try things out, but nothing you do now is sent or changes your grade.',
    'quiz.progress.title': 'Your progress on the questions',
    'quiz.progress.answered': 'Answered',
    'quiz.progress.correct': 'Correct',
    'quiz.progress.percent': 'Score',
    'quiz.progress.count': '{count} of {total}',
    'quiz.progress.percentValue': '{percent}% of the questions',
    'quiz.progress.bar': 'Questions answered correctly',
    'quiz.progress.bySection': 'By section',
    'quiz.progress.section': 'Section',
    'quiz.progress.none': 'This lesson has no questions.',
    'quiz.reset': 'Reset progress',
    'quiz.reset.confirm': 'Delete every saved answer of this lesson? This cannot be undone.',
    'quiz.reset.yes': 'Yes, reset',
    'quiz.reset.cancel': 'Cancel',
    'quiz.reset.done': 'Progress reset.',
    'storage.unreadable': 'The progress saved in this browser could not be read and was reset.',
    'storage.partlyUnreadable':
      'Part of the progress saved in this browser could not be read and was dropped.',
    'storage.unavailable':
      'This browser does not let the page save data: your answers last only until you close the tab.',
    'storage.dismiss': 'Got it',
    'quiz.view.choose': 'Choose a quiz of the lesson:',
    'quiz.view.unknown': 'There is no quiz “{id}” in this lesson. Available quizzes:',
  },
});
