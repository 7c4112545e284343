/** The quizzes' public face: the cards, the intro and the progress panel the lesson draws. */
export { QuizCard } from './QuizCard';
export { QuizIntro } from './QuizIntro';
export { QuizProgress } from './QuizProgress';
