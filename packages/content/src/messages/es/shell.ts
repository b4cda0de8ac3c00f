// Spanish copy for the app shell and the help screens: the same keys and placeholders as
// ../en/shell.ts (the type below makes a missing or extra key a compile error).
//
// Tono: cálido, claro, de "tú", frases cortas; español neutro de Latinoamérica que también se lee
// con naturalidad en España. Nada de métodos, niveles de riesgo ni signos de exclamación; nunca
// "cometer suicidio"; una recaída nunca es "fracaso" ni "volver a cero".
import type { shell as en } from '../en/shell.ts';

export const shell: { readonly [K in keyof typeof en]: string } = {
  'app.name': 'Onward',
  'meta.description':
    'Onward es un acompañante privado para la recuperación de las autolesiones. La ayuda está a un toque, y todo se queda en tu dispositivo.',
  'meta.pageTitle': '{page} · {app}',

  'noscript.heading': 'Onward necesita JavaScript para abrirse.',
  'noscript.emergency':
    'Si estás en peligro, o podrías actuar según lo que piensas, llama ahora al número de emergencias de tu país. En muchos países es el 112 o el 911.',
  'noscript.directory':
    'Si quieres hablar con alguien, puedes encontrar una línea de ayuda gratuita para tu país en',

  'shell.skip': 'Ir al contenido',
  'shell.getHelp': 'Pedir ayuda ahora',
  'shell.homeLink': 'Onward',
  'shell.newTab': 'Se abre en una pestaña nueva',
  'shell.loading': 'Abriendo…',
  'shell.navLabel': 'Principal',
  'shell.nav.home': 'Inicio',
  'shell.nav.more': 'Más',
  'more.title': 'Más',

  'home.title': 'Te damos la bienvenida a Onward',
  'home.intro':
    'Onward te acompaña en la recuperación de las autolesiones. Está aquí para los momentos difíciles y para los días normales.',
  'home.private': 'Todo se queda en este dispositivo. No hay cuenta ni seguimiento.',
  'home.helpHeading': 'Pedir ayuda ahora',
  'home.helpBody':
    'Números para llamar o escribir en tu país, y cosas que pueden ayudarte en este momento.',
  'home.helpLink': 'Ver las opciones de ayuda',
  'home.countryGuessed':
    'Tu país es {country}, según el idioma de tu navegador. Puedes elegir otro.',
  'home.countryMissing':
    'Elige tu país para que la pantalla de ayuda muestre los números correctos.',
  'home.countryLink': 'Elegir tu país',
  'home.discreetTitle': 'Notas',
  'home.discreetIntro': 'Tus notas se quedan en este dispositivo.',
  'home.nowHeading': 'Para este momento',
  'home.today.heading': 'Hoy',
  'home.today.log': 'Anotar un impulso',
  'home.today.card': 'La tarjeta diaria de hoy',
  'home.today.cardNotYet': 'Aún sin rellenar. Uno o dos minutos, cuando quieras.',
  'home.today.cardStarted': 'Empezada hoy. Puedes añadir algo cuando quieras.',
  'home.today.checkIn': 'Cuestionario: {name}',
  'home.today.checkInHint':
    'El último fue hace {days} días, y pregunta por las dos últimas semanas. Solo si te apetece.',
  'home.today.progress': 'Tu progreso',

  'firstRun.heading': 'Para empezar',
  'firstRun.progress': 'Paso {step} de {total}',
  'firstRun.intro':
    'Tres pasos cortos para preparar Onward a tu medida. Puedes saltarte cualquiera. «Pedir ayuda ahora» está siempre arriba.',
  'firstRun.next': 'Siguiente',
  'firstRun.skip': 'Saltar estos pasos',
  'firstRun.country.heading': 'Tu país',
  'firstRun.country.guess':
    'Parece que estás en {country}, por el idioma de tu navegador. La pantalla de ayuda muestra los números del país que elijas aquí.',
  'firstRun.country.none':
    'Elige tu país para que la pantalla de ayuda muestre números a los que puedas llamar.',
  'firstRun.passcode.heading': 'Un código, si quieres',
  'firstRun.passcode.body':
    'Un código bloquea tu diario, tu plan y tu caja de esperanza en este dispositivo. «Pedir ayuda ahora» y las herramientas para calmarte se abren siempre sin él.',
  'firstRun.passcode.set': 'Poner un código',
  'firstRun.passcode.later': 'Ahora no',
  'firstRun.plan.heading': 'Tu plan de seguridad',
  'firstRun.plan.body':
    'Un plan de seguridad es una lista corta, con tus palabras, de lo que te ayuda cuando las cosas se ponen difíciles y de a quién puedes acudir. Lleva unos diez minutos, y puedes parar cuando quieras.',
  'firstRun.plan.start': 'Empezar mi plan de seguridad',
  'firstRun.plan.later': 'Quizá más tarde',
  'home.toolsLink': 'Probar una herramienta para calmarte',
  'home.toolsHint': 'Deja pasar un impulso, respira o vuelve al presente. Unos minutos cada una.',
  'home.logLink': 'Anotar cómo te va',
  'home.logHint': 'Una nota rápida sobre un impulso o un momento difícil. Solo la ves tú.',
  'home.planLink': 'Abrir mi plan de seguridad',
  'home.planHint': 'Tus señales de alerta, lo que te ayuda y a quién puedes acudir.',
  'home.moreHeading': 'También en Onward',
  'home.settingsLink': 'Ajustes',
  'home.settingsHint': 'Tu país y tu idioma, guardados en este dispositivo.',

  'country.label': 'País',
  'country.notListed': 'Mi país no está en la lista',
  'country.saved': 'Guardado en este dispositivo.',
  'country.notSaved':
    'Este navegador no dejó que Onward guardara tu elección, así que te la volverá a preguntar la próxima vez.',

  'help.title': 'Pedir ayuda ahora',
  'help.intro':
    'No tienes que pasar por esto a solas. Elige lo que se parece más a cómo te sientes ahora.',
  'help.choicesHeading': '¿Cómo estás ahora?',
  'help.choiceDanger': 'Podría hacerlo, o estoy en peligro ahora',
  'help.choiceSafe': 'Lo estoy pasando mal, pero ahora estoy a salvo',
  'help.emergencyLead': 'En una emergencia',
  'help.showingFor': 'País: {country}.',
  'help.changeCountry': 'Cambiar de país',

  'emergency.call': 'Llamar al {number}',

  'danger.title': 'Pide ayuda ahora',
  'danger.intro': 'Está bien llamar. Los servicios de emergencia están para momentos como este.',
  'danger.linesHeading': 'Habla con alguien ahora, a cualquier hora',
  'danger.linesIntro':
    'También puedes hablar con alguien en estas líneas. Atienden de día y de noche.',
  'danger.safetyHeading': 'Mientras llega la ayuda',
  'danger.safetyStay': 'Si puedes, quédate con alguien, o ve a un lugar donde haya más gente.',
  'danger.safetyAway': 'Aléjate de cualquier cosa que podrías usar para hacerte daño.',

  'safe.title': 'Habla con alguien',
  'safe.intro':
    'Buscar apoyo es un buen paso. Estos servicios están para escucharte, sea lo que sea que estés pasando.',
  'safe.linesHeading': 'Personas con quienes puedes hablar',
  'safe.toolsHeading': 'Cosas que pueden ayudarte ahora',
  'safe.toolBreathe':
    'Inhala despacio mientras cuentas hasta 4 y exhala mientras cuentas hasta 6. Soltar el aire más despacio ayuda a que tu cuerpo se calme.',
  'safe.toolCold': 'Pon las manos bajo el agua fría del grifo, o échate un poco en la cara.',
  'safe.toolPeople': 'Ve a un lugar donde haya otras personas, como una sala común o un café.',
  'safe.toolGround':
    'Mira a tu alrededor y nombra 5 cosas que ves, 4 que puedes tocar, 3 que oyes, 2 que hueles y 1 que saboreas.',
  'safe.dangerLink': 'Si esto cambia y crees que podrías hacerlo, ve a la ayuda de emergencia',

  'line.hours': 'Horario: {hours}',
  'line.languages': 'Idiomas: {languages}',
  'line.call': 'Llamar al {number}',
  'line.free': 'Llamada gratuita',
  'line.region': 'Solo en {region}',
  'line.text': 'Escribir al {number}',
  'line.textKeyword': 'Escribe {keyword} al {number}',
  'line.chat': 'Chatear en línea',
  'line.checked': 'Comprobado en {date}',
  'line.source': 'Fuente',
  'line.sourceLabel': 'Fuente de {name}',

  'unlisted.heading': 'Todavía no tenemos líneas comprobadas para tu país',
  'unlisted.body':
    'Si estás en peligro, llama al número de emergencias de tu país. El {mostCountries} funciona en la mayoría de los países y desde casi cualquier celular. En Norteamérica es el {northAmerica}.',
  'unlisted.directory':
    'Un directorio internacional reúne líneas de ayuda de todo el mundo. Solo se abre en tu navegador si tú lo eliges.',
  'unlisted.directoryLink': 'Buscar una línea de ayuda en findahelpline.com',

  'settings.title': 'Ajustes',
  'settings.countryHeading': 'Tu país',
  'settings.countryHelp':
    'Onward lo usa para mostrar los números correctos en la pantalla de ayuda.',
  'settings.countryPrivate':
    'Esta elección se queda en este dispositivo. Nunca se envía a ningún sitio.',

  'notFound.title': 'No encontramos esa página',
  'notFound.body':
    'Puede que el enlace sea antiguo o que la dirección tenga un error. La ayuda sigue a un toque.',
  'notFound.helpLink': 'Ir a la pantalla de ayuda',
  'notFound.homeLink': 'Ir a la pantalla de inicio',
  'clinic.nav': 'Tu equipo',
  'journal.nav': 'Diario',
  'learn.nav': 'Aprender',
  'plan.nav': 'Mi plan',
  'plan.call': 'Llamar a {name}',
  'plan.text': 'Escribir a {name}',
  'plan.help.peopleHeading': 'Personas de tu plan',
  'plan.help.peopleIntro':
    'Elegiste estas personas y servicios. Puedes llamarles o escribirles ahora.',
  'plan.help.copingHeading': 'Cosas que dijiste que te ayudan',
  'plan.help.reasonsHeading': 'Tus razones para vivir',
  'plan.help.planLink': 'Abrir mi plan completo',
  'hope.helpLink': 'Abrir mi caja de esperanza',
  'hope.helpHint': 'Fotos, mensajes y razones que te ayudan a seguir adelante.',
  'privacy.discreet.name': 'Notas',
  'privacy.exit.button': 'Salir rápido',
  'privacy.exit.short': 'Salir',
  'progress.nav': 'Progreso',
  // A soft hyphen (U+00AD): in the phone's bottom bar the word is wider than its tab and breaks
  // as "Herra-mientas", not anywhere; it is invisible where the word fits, and not read aloud.
  'tools.nav': 'Herra\u00ADmientas',
  'tools.name.urge-surfing': 'Surfear el impulso',
  'tools.name.breathing': 'Respiración pausada',
  'tools.name.grounding': 'Anclaje 5-4-3-2-1',
  'tools.name.tipp': 'TIPP',
  'tools.summary.urge-surfing':
    'Deja pasar el impulso con un temporizador, como una ola que sube y baja.',
  'tools.summary.breathing': 'Haz más lenta tu respiración con una guía suave.',
  'tools.summary.grounding': 'Vuelve al presente, un sentido a la vez.',
  'tools.summary.tipp':
    'Cuatro formas rápidas de calmar el cuerpo cuando lo que sientes es muy intenso.',
  'tools.why.untried': 'Todavía no has probado esta.',
  'tools.why.unratedOne': 'La has usado una vez.',
  'tools.why.unratedMany': 'La has usado {uses} veces.',
  'tools.why.ratedOne': 'Calmó el impulso la única vez que la valoraste.',
  'tools.why.ratedOneNot': 'La valoraste una vez. Puede que encaje mejor en otro momento.',
  'tools.why.rated': 'Calmó el impulso {helped} de las últimas {of} veces que la usaste.',
  'tools.why.ratedNone':
    'Todavía no ha calmado el impulso en {of} intentos. Vale la pena volver a mirarla.',
  'tools.why.contextOne': 'Calmó el impulso la única vez que te sentiste así.',
  'tools.why.contextOneNot':
    'La valoraste una vez que te sentías así. Vale la pena probarla otra vez.',
  'tools.why.average': 'En promedio, bajó el impulso unos {points} puntos.',
  'tools.why.averageOne': 'En promedio, bajó el impulso más o menos 1 punto.',
  'tools.why.context': 'Calmó el impulso {helped} de las últimas {of} veces que te sentiste así.',
  'tools.why.contextNone':
    'Todavía no ha calmado el impulso en {of} intentos cuando te sentías así. Vale la pena volver a mirarla.',
  'tools.safe.heading': 'Algo que hacer ahora',
  'tools.safe.intro': 'Esto puede ayudarte durante los próximos minutos.',
  'tools.safe.start': 'Empezar: {tool}',
  'tools.safe.allTools': 'Ver todas las herramientas',
  'tools.guided.heading': 'Herramientas para calmarte',
  'language.notSaved':
    'Este navegador no dejó que Onward guardara tu elección, así que el idioma no ha cambiado.',
  'language.switchLabel': 'Otros idiomas',
  'hope.title': 'Caja de esperanza',
  'privacy.settingsLink': 'Privacidad y seguridad',
  'privacy.settingsHint': 'Código, copias de seguridad, modo discreto y salida rápida.',
  'share.nav': 'Compartir con mi equipo',
  'insights.nav': 'Patrones',
  'language.label': 'Idioma',
};
