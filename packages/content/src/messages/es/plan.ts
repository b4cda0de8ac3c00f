// Spanish copy for the safety plan (Stanley-Brown) and the hope box: the keys of ../en/plan.ts.
// El paso 6 ("hacer más seguro tu entorno") se mantiene general a propósito: nunca nombra un
// método, un medio ni un lugar, ni siquiera como ejemplo.
import type { plan as en } from '../en/plan.ts';

export const plan: { readonly [K in keyof typeof en]: string } = {
  'plan.title': 'Mi plan de seguridad',
  'plan.intro':
    'Un plan de seguridad es una lista corta, con tus propias palabras, de lo que puedes hacer cuando las cosas se ponen difíciles. Es más fácil hacerlo en un día más tranquilo, para que esté listo cuando lo necesites.',
  'plan.introHelp':
    'Tu plan también aparece en la pantalla Pedir ayuda ahora, con botones para llamar y escribir.',
  'plan.empty.start': 'Hacer mi plan',
  'plan.empty.time':
    'Toma unos 15 minutos. Puedes parar cuando quieras y seguir después, y saltarte cualquier paso.',
  'plan.resume.heading': 'Sigue donde lo dejaste',
  'plan.resume.body': 'Paraste en el paso {n} de {total}. Lo que escribiste está guardado.',
  'plan.resume.link': 'Seguir con mi plan',
  'plan.saved': 'Guardado. Tu versión anterior se conserva en Versiones.',
  'plan.savedFirst': 'Guardado. Tu plan está listo, y puedes cambiarlo cuando quieras.',
  'plan.unchanged': 'No cambió nada, así que no había nada nuevo que guardar.',
  'plan.saveFailed':
    'Onward no pudo guardar esto en tu dispositivo. Tus cambios siguen en la pantalla. Vuelve a intentarlo, por favor.',
  'plan.storageFull':
    'Este dispositivo no tiene espacio, así que Onward no pudo guardar esto. Tus cambios siguen en la pantalla. Libera espacio en el dispositivo, o guarda una copia de seguridad y quita lo que ya no necesites, y vuelve a guardar.',
  'plan.stepHeading': 'Paso {n}: {title}',
  'plan.edit': 'Editar',
  'plan.nothingYet': 'Todavía no hay nada aquí.',
  'plan.actionsHeading': 'Tenlo a mano',
  'plan.printLink': 'Imprimir o guardar como PDF',
  'plan.cardLink': 'Tarjeta de bolsillo',
  'plan.cardHint':
    'Una tarjeta plegada del tamaño de una tarjeta bancaria, para tu cartera o tu bolso.',
  'plan.versionsLink': 'Versiones',
  'plan.versionsHint': 'Versiones anteriores de tu plan, con sus fechas.',
  'plan.guideAgain': 'Repasar los pasos otra vez',
  'plan.hopeBoxLink': 'Mi caja de esperanza',
  'plan.hopeBoxHint': 'Fotos, mensajes y razones que te ayudan a seguir adelante.',

  'plan.share': 'Compartir como texto',
  'plan.shareHint': 'Envía tu plan a alguien de confianza, o guárdalo en una nota.',
  'plan.copyText': 'Copiar como texto',
  'plan.copied': 'Copiado. Puedes pegarlo en un mensaje o en una nota.',
  'plan.copyFailed': 'Onward no pudo copiarlo aquí. Puedes imprimir tu plan o guardarlo como PDF.',
  'plan.shared': 'Compartido.',

  'plan.warningSigns.title': 'Señales de alerta',
  'plan.warningSigns.short': '¿Cómo sabré que es momento de usar mi plan?',
  'plan.warningSigns.about':
    'Las señales de alerta son los pensamientos, sentimientos, situaciones o cosas que haces antes de que todo se ponga difícil. Notarlas a tiempo te da más margen para usar tu plan.',
  'plan.warningSigns.prompt1': '¿Qué pensamientos te pasan por la cabeza?',
  'plan.warningSigns.prompt2': '¿Qué sentimientos o estados de ánimo notas?',
  'plan.warningSigns.prompt3': '¿Qué pasa a tu alrededor, o qué empiezas a hacer?',
  'plan.warningSigns.item': 'Señal de alerta {n}',
  'plan.warningSigns.placeholder': 'Por ejemplo: dejo de contestar los mensajes',

  'plan.coping.title': 'Cosas que puedo hacer por mi cuenta',
  'plan.coping.short':
    '¿Qué puedo hacer yo solo o sola para sentirme un poco más tranquilo o pensar en otra cosa?',
  'plan.coping.about':
    'Son cosas que puedes hacer sin contactar a nadie. Las cosas pequeñas cuentan. Si una no ayuda, puedes probar la siguiente.',
  'plan.coping.prompt1': '¿Qué te ha ayudado antes, aunque sea un poco?',
  'plan.coping.prompt2': '¿Qué disfrutas, o qué te atrapa la atención?',
  'plan.coping.prompt3':
    '¿Qué calma tu cuerpo, como una caminata, una ducha tibia o respirar despacio?',
  'plan.coping.item': 'Algo que puedo hacer {n}',
  'plan.coping.placeholder': 'Por ejemplo: escuchar un disco que me encanta',

  'plan.distractions.title': 'Personas y lugares que me ayudan a distraerme',
  'plan.distractions.short': '¿Con quién puedo estar, y adónde puedo ir, para pensar en otra cosa?',
  'plan.distractions.about':
    'Estar con otras personas puede ayudar a que un sentimiento pase. No hace falta que les cuentes cómo te sientes.',
  'plan.distractions.prompt1': '¿Con quién es fácil estar?',
  'plan.distractions.prompt2':
    '¿Dónde te sientes un poco mejor, como un café, un parque, una biblioteca o la casa de alguien?',
  'plan.distractions.item': 'Persona o lugar {n}',
  'plan.distractions.name': 'Nombre o lugar',
  'plan.distractions.phone': 'Teléfono (opcional)',
  'plan.distractions.placeholder': 'Por ejemplo: la biblioteca del centro',

  'plan.people.title': 'Personas a quienes puedo pedir ayuda',
  'plan.people.short': '¿A quién puedo contarle que lo estoy pasando mal?',
  'plan.people.about':
    'Personas de confianza a quienes podrías contarles que las cosas están difíciles. Agrega un número de teléfono para llamarles o escribirles con un toque.',
  'plan.people.prompt1': '¿Quién ha estado a tu lado antes?',
  'plan.people.prompt2': '¿A quién te gustaría que le avisaran si las cosas se pusieran difíciles?',
  'plan.people.prompt3': 'Puede ayudar decirles que están en tu plan.',
  'plan.people.item': 'Persona {n}',
  'plan.people.name': 'Nombre',
  'plan.people.phone': 'Teléfono',
  'plan.people.placeholder': 'Por ejemplo: Sam',

  'plan.professionals.title': 'Profesionales y servicios',
  'plan.professionals.short': '¿A quién puedo contactar cuyo trabajo es ayudar?',
  'plan.professionals.about':
    'Tu médico, tu terapeuta o la persona que lleva tu caso, líneas de crisis a las que puedes llamar o escribir, y el servicio de urgencias más cercano.',
  'plan.professionals.prompt1': '¿Quién se ocupa de tu salud o de tu atención ahora?',
  'plan.professionals.prompt2': '¿Con qué línea de crisis te sentirías capaz de hablar?',
  'plan.professionals.prompt3': '¿Dónde está el servicio de urgencias más cercano?',
  'plan.clinicians.heading': 'Mi médico, mi terapeuta o quien lleva mi caso',
  'plan.clinicians.item': 'Profesional {n}',
  'plan.clinicians.name': 'Nombre o función',
  'plan.clinicians.phone': 'Teléfono',
  'plan.clinicians.placeholder': 'Por ejemplo: la doctora Ahmed, mi médica de cabecera',
  'plan.lines.heading': 'Líneas de crisis',
  'plan.lines.intro': 'Toca una línea para agregarla a tu plan. Tócala otra vez para quitarla.',
  'plan.lines.forCountry': 'Líneas en {country}.',
  'plan.lines.noCountry': 'Elige tu país para ver sus líneas de crisis.',
  'plan.lines.chooseCountry': 'Elegir tu país',
  'plan.lines.otherCountry': 'También en tu plan:',
  'plan.lines.remove': 'Quitar {name} de mi plan',
  'plan.urgent.heading': 'Servicio de urgencias',
  'plan.urgent.item': 'Lugar {n}',
  'plan.urgent.name': 'Nombre',
  'plan.urgent.address': 'Dónde está (opcional)',
  'plan.urgent.phone': 'Teléfono (opcional)',
  'plan.urgent.placeholder': 'Por ejemplo: urgencias del Hospital General',

  'plan.safeEnvironment.title': 'Hacer más seguro lo que me rodea',
  'plan.safeEnvironment.short':
    '¿Qué puedo hacer para que el lugar donde estoy sea más seguro cuando las cosas están difíciles?',
  'plan.safeEnvironment.about':
    'Cuando todo se siente difícil, ayuda tener distancia de cualquier cosa que podrías usar para hacerte daño, y tener gente cerca. Piensa en lo que podrías hacer, o en quién podría ayudarte.',
  'plan.safeEnvironment.prompt1':
    '¿Hay algo que preferirías no tener cerca por un tiempo? ¿Quién podría guardártelo?',
  'plan.safeEnvironment.prompt2': '¿Dónde te sientes más a salvo? ¿Podrías ir allí?',
  'plan.safeEnvironment.prompt3':
    '¿Quién podría quedarse contigo cuando las cosas están difíciles?',
  'plan.safeEnvironment.item': 'Paso para sentirme más a salvo {n}',
  'plan.safeEnvironment.placeholder':
    'Por ejemplo: pedirle a alguien de confianza que me guarde algunas cosas por un tiempo',

  'plan.reasons.title': 'Mis razones para vivir',
  'plan.reasons.short': '¿Qué es lo que más me importa?',
  'plan.reasons.about':
    'Las personas, los animales, las esperanzas y los planes que te importan. En un mal día cuesta recordarlos, así que ayuda escribirlos ahora.',
  'plan.reasons.prompt1': '¿Quién o qué es lo que más te importa?',
  'plan.reasons.prompt2': '¿Qué esperas con ganas, aunque sea algo pequeño?',
  'plan.reasons.prompt3': '¿Qué te gustaría hacer o ver algún día?',
  'plan.reasons.item': 'Razón {n}',
  'plan.reasons.placeholder': 'Por ejemplo: mi perro, Canela',

  'plan.using.title': 'Usar mi plan',
  'plan.using.short': '¿Cómo me aseguro de usarlo?',
  'plan.using.about':
    'Pensarlo ahora hace más probable que tu plan esté ahí para ti. No hay respuestas correctas.',
  'plan.likelihood.label': '¿Qué tan probable es que uses este plan cuando lo necesites?',
  'plan.likelihood.hint': 'Con tus propias palabras.',
  'plan.obstacles.label': '¿Qué podría impedir que lo uses?',
  'plan.obstacles.hint': 'Saberlo ahora te ayuda a prepararte.',
  'plan.copyKeptAt.label': '¿Dónde vas a guardar una copia?',
  'plan.copyKeptAt.hint': 'Por ejemplo: en mi teléfono, en mi mochila, en el refrigerador.',
  'plan.likelihood.short': 'Qué tan probable es que lo use:',
  'plan.obstacles.short': 'Qué podría impedirlo:',
  'plan.copyKeptAt.short': 'Dónde guardo una copia:',

  'plan.promptsLabel': 'Cosas en las que podrías pensar',

  'plan.item.add': 'Agregar otra',
  'plan.item.moveUp': 'Subir',
  'plan.item.moveDown': 'Bajar',
  'plan.item.remove': 'Quitar',
  'plan.item.moveUpLabel': 'Subir: {item}',
  'plan.item.moveDownLabel': 'Bajar: {item}',
  'plan.item.removeLabel': 'Quitar: {item}',
  'plan.item.removed': 'Quitado.',
  'plan.pick': 'Elegir de mis contactos',
  'plan.pickFailed': 'Onward no pudo abrir tus contactos. Puedes escribir el nombre y el número.',
  'plan.pickNoNumber':
    'Ese contacto no tiene un número que Onward pueda usar. Puedes escribir uno.',

  'plan.phone.notANumber':
    'Esto todavía no parece un número de teléfono. Usa dígitos, con espacios o un + si quieres.',
  'plan.phone.tooShort': 'Este número parece un poco corto. Revisa que tenga todos sus dígitos.',
  'plan.phone.tooLong': 'Este número parece un poco largo. Revisa que no sobre ningún dígito.',
  'plan.errors.summary':
    'Hay un número de teléfono que revisar antes de guardar. Está marcado abajo.',

  'plan.edit.title': 'Editar: {section}',
  'plan.edit.save': 'Guardar',
  'plan.edit.cancel': 'Volver sin guardar',
  'plan.edit.notFound': 'No se encontró esa parte del plan.',

  'plan.guide.title': 'Haz tu plan de seguridad',
  'plan.guide.intro':
    'Vamos a recorrer siete pasos cortos, y luego unas preguntas sobre cómo usar tu plan. Escribe con tus propias palabras. Todos los pasos son opcionales.',
  'plan.guide.introPause':
    'Puedes parar cuando quieras. Lo que escribas se guarda, y puedes seguir después.',
  'plan.guide.start': 'Empezar',
  'plan.guide.resumeAt': 'Seguir desde el paso {n}',
  'plan.guide.progress': 'Paso {n} de {total}',
  'plan.guide.next': 'Guardar y seguir',
  'plan.guide.skip': 'Saltar este paso',
  'plan.guide.back': 'Atrás',
  'plan.guide.pause': 'Guardar y parar por ahora',
  'plan.guide.finish': 'Guardar y terminar',
  'plan.guide.paused': 'Guardado. Puedes seguir desde aquí cuando quieras.',
  'plan.guide.doneHeading': 'Tu plan está guardado',
  'plan.guide.doneBody':
    'Puedes cambiarlo cuando quieras. También aparece en la pantalla Pedir ayuda ahora, para que esté ahí cuando lo necesites.',
  'plan.guide.doneKeep':
    'Puede ayudar guardar una copia donde la veas, y contarles a las personas de tu plan que están en él.',
  'plan.guide.seePlan': 'Ver mi plan',

  'plan.versions.title': 'Versiones de tu plan',
  'plan.versions.intro':
    'Cada vez que guardas un cambio, la versión anterior se conserva aquí con su fecha. Puede ayudarte cuando hables de lo que ha cambiado con alguien que te acompaña.',
  'plan.versions.none': 'Todavía no hay versiones guardadas.',
  'plan.versions.current': 'Este es tu plan ahora.',
  'plan.versions.savedOn': 'Guardado el {date}',
  'plan.versions.first': 'Tu primer plan guardado.',
  'plan.versions.changes': 'Cambios respecto a la versión anterior: {count}.',
  'plan.version.title': 'Una versión anterior',
  'plan.version.heading': 'Tu plan tal como se guardó el {date}',
  'plan.version.isCurrent': 'Este es tu plan tal como está ahora.',
  'plan.version.changedHeading': 'Qué ha cambiado desde entonces',
  'plan.version.noChanges': 'No ha cambiado nada desde esta versión.',
  'plan.version.planHeading': 'El plan tal como era',
  'plan.version.notFound':
    'No se encontró esa versión. Puede que se haya quitado en otro dispositivo.',
  'plan.version.back': 'Todas las versiones',
  'plan.diff.added': 'Agregado: {item}',
  'plan.diff.removed': 'Quitado: {item}',
  'plan.diff.changed': 'Cambió «{from}» por «{to}»',
  'plan.diff.reordered': 'Cambió el orden.',

  'plan.print.title': 'Imprimir mi plan',
  'plan.print.button': 'Imprimir o guardar como PDF',
  'plan.print.hint':
    'En la ventana de impresión puedes elegir «Guardar como PDF» para conservar una copia como archivo.',
  'plan.print.back': 'Volver a mi plan',
  'plan.print.heading': 'Mi plan de seguridad',
  'plan.print.savedOn': 'Último cambio: {date}',
  'plan.print.emergency': 'En una emergencia, llama al {number}.',
  'plan.card.title': 'Tarjeta de bolsillo',
  'plan.card.intro':
    'Imprime esta página, recorta por la línea exterior y dobla por las líneas de puntos. Queda del tamaño de una tarjeta bancaria.',
  'plan.card.button': 'Imprimir la tarjeta',
  'plan.card.front': 'Mi plan de seguridad',
  'plan.card.frontNote': 'Ábrelo cuando las cosas se pongan difíciles.',
  'plan.card.emergency': 'Emergencias: {number}',

  'plan.crisisCopy.heading': 'Cuando Onward está bloqueado',
  'plan.crisisCopy.body':
    'Tus personas, las cosas que te ayudan y tus razones para vivir pueden aparecer en la pantalla Pedir ayuda ahora aunque Onward esté bloqueado.',
  'plan.crisisCopy.caution': 'Entonces cualquiera que tenga tu teléfono podría verlas.',
  'plan.crisisCopy.toggle': 'Mostrar mi plan en Pedir ayuda ahora cuando Onward está bloqueado',
  'plan.crisisCopy.on': 'Tu plan aparecerá en Pedir ayuda ahora cuando Onward esté bloqueado.',
  'plan.crisisCopy.off': 'Tu plan aparece en Pedir ayuda ahora solo cuando Onward está abierto.',

  'hope.intro':
    'Un lugar para las cosas que te recuerdan por qué sigues adelante: razones, palabras amables, fotos, canciones y planes. Mírala cuando las cosas se sientan difíciles.',
  'hope.private': 'Todo lo que hay en ella se queda en este dispositivo, cifrado.',
  'hope.empty':
    'Tu caja de esperanza está vacía por ahora. Podrías empezar con una sola cosa: una razón, una foto o unas palabras amables.',
  'hope.show': 'Mirar mi caja de esperanza',
  'hope.itemsHeading': 'En tu caja de esperanza',
  'hope.kind.reason': 'Una razón para vivir',
  'hope.kind.message': 'Un mensaje de alguien que te quiere',
  'hope.kind.photo': 'Una foto',
  'hope.kind.link': 'Una canción o un enlace',
  'hope.kind.memory': 'Un recuerdo',
  'hope.kind.future': 'Algo que esperas con ganas',
  'hope.add.heading': 'Agregar algo',
  'hope.add.kind': '¿Qué te gustaría agregar?',
  'hope.add.save': 'Agregar a mi caja de esperanza',
  'hope.add.added': 'Agregado a tu caja de esperanza.',
  'hope.add.failed':
    'Onward no pudo guardar esto en tu dispositivo. Vuelve a intentarlo, por favor.',
  'hope.add.needText': 'Primero escribe unas palabras.',
  'hope.field.text': 'Con tus palabras',
  'hope.field.message': 'El mensaje',
  'hope.field.from': 'De quién es (opcional)',
  'hope.field.link': 'Enlace',
  'hope.field.linkTitle': 'Qué es (opcional)',
  'hope.field.linkPlaceholder': 'Por ejemplo: la canción de nuestro viaje',
  'hope.field.photo': 'Elegir una foto',
  'hope.field.caption': 'Unas palabras sobre ella (opcional)',
  'hope.field.textPlaceholder': 'Por ejemplo: el día que caminamos junto al mar',
  'hope.photo.note':
    'Elige fotos que te reconforten, como personas, mascotas, lugares o cosas que quieres. Por favor, no agregues imágenes de lesiones.',
  'hope.photo.private':
    'Onward reduce el tamaño de la foto y la guarda cifrada en este dispositivo. Se quitan los datos de ubicación y de la cámara.',
  'hope.photo.working': 'Preparando la foto…',
  'hope.photo.failed':
    'Onward no pudo abrir esta foto. Puedes probar con otra, o con un archivo JPEG o PNG.',
  'hope.photo.none': 'Primero elige una foto.',
  'hope.photo.alt': 'Una foto que agregaste',
  'hope.photo.altWith': 'Una foto que agregaste: {caption}',
  'hope.link.note': 'Los enlaces solo se abren cuando los tocas. Onward nunca los visita por ti.',
  'hope.link.invalid':
    'Esto no parece un enlace web. Puedes copiarlo de la barra de direcciones de tu navegador.',
  'hope.link.notWeb': 'Un enlace tiene que empezar por https:// o http://.',
  'hope.link.hasLogin':
    'Este enlace lleva un nombre o una contraseña, antes de un signo @. Quita esa parte, por favor, para que no se guarde aquí.',
  'hope.link.schemeRelative': 'Empieza este enlace con https:// en vez de //, por favor.',
  'hope.link.open': 'Abrir {title}',
  'hope.from': 'De {name}',
  'hope.remove': 'Quitar',
  'hope.removeLabel': 'Quitar esto de tu caja de esperanza: {item}',
  'hope.removeConfirm': '¿Quitar esto de tu caja de esperanza?',
  'hope.removeYes': 'Sí, quitarlo',
  'hope.removeNo': 'Conservarlo',
  'hope.removed': 'Quitado de tu caja de esperanza.',
  'hope.show.title': 'Caja de esperanza',
  'hope.show.position': '{n} de {total}',
  'hope.show.previous': 'Anterior',
  'hope.show.next': 'Siguiente',
  'hope.show.pause': 'Pausar',
  'hope.show.play': 'Reproducir',
  'hope.show.close': 'Cerrar',
  'hope.show.keys': 'Las flechas pasan de un elemento a otro. Escape cierra.',
  'hope.show.empty': 'Todavía no hay nada en tu caja de esperanza.',
};
