// Spanish copy for privacy and security: the keys of ../en/privacy.ts. Claro y honesto sobre lo
// que se puede y no se puede deshacer, sin alarmar.
import type { privacy as en } from '../en/privacy.ts';

export const privacy: { readonly [K in keyof typeof en]: string } = {
  'privacy.lock.title': 'Bloqueado',
  'privacy.lock.intro': 'Escribe tu código para abrir tus registros.',
  'privacy.lock.helpLead': 'No necesitas desbloquear para pedir ayuda.',
  'privacy.lock.helpLink': 'Ver las opciones de ayuda',
  'privacy.lock.opening': 'Abriendo…',
  'privacy.lock.passcodeLabel': 'Código',
  'privacy.lock.submit': 'Desbloquear',
  'privacy.lock.checking': 'Comprobando…',
  'privacy.lock.wrong': 'Ese código no coincide. Tómate tu tiempo y vuelve a intentarlo.',
  'privacy.lock.empty': 'Primero escribe tu código.',
  'privacy.lock.waitOne': 'Puedes volver a intentarlo en 1 segundo.',
  'privacy.lock.waitMany': 'Puedes volver a intentarlo en {seconds} segundos.',
  'privacy.lock.waitMinutes': 'Puedes volver a intentarlo en unos {minutes} minutos.',
  'privacy.lock.damaged':
    'Onward no pudo leer su clave guardada en este dispositivo. Si tienes tu kit de recuperación, puedes usarlo abajo.',
  'privacy.lock.forgot': '¿Olvidaste tu código?',
  'privacy.lock.copyHeading': 'Tu plan para los momentos difíciles',
  'privacy.lock.copyCoping': 'Cosas que puedo hacer',
  'privacy.lock.copyPeople': 'Personas a quienes puedo pedir ayuda',
  'privacy.lock.copyProfessionals': 'Profesionales y servicios',
  'privacy.lock.copyReasons': 'Mis razones',
  'privacy.lock.call': 'Llamar a {name}',
  'privacy.lock.text': 'Escribir a {name}',

  'privacy.recover.heading': 'Usa tu kit de recuperación',
  'privacy.recover.intro':
    'Escribe el código de recuperación de tu kit y luego elige un código nuevo.',
  'privacy.recover.codeLabel': 'Código de recuperación',
  'privacy.recover.codeHint': 'Da igual si usas mayúsculas, espacios o guiones.',
  'privacy.recover.submit': 'Abrir con el código de recuperación',
  'privacy.recover.invalid':
    'Ese código tiene un error en algún lugar. Compara cada grupo de cuatro con tu kit.',
  'privacy.recover.wrong':
    'Ese código de recuperación es de otros datos. Comprueba que sea el kit hecho en este dispositivo.',
  'privacy.recover.lost':
    'Sin tu código ni tu kit de recuperación, nadie puede abrir estos datos, ni siquiera nosotros. Si perdiste los dos, puedes borrarlos y seguir con un Onward vacío.',

  'privacy.title': 'Privacidad y seguridad',
  'privacy.intro':
    'Todo lo que escribes en Onward está cifrado y se queda en este dispositivo. Aquí eliges cómo se bloquea, se guarda y se respalda.',
  'privacy.backLink': 'Volver a privacidad y seguridad',

  'privacy.passcode.heading': 'Código',
  'privacy.passcode.none':
    'No hay ningún código. Cualquiera que pueda abrir este navegador puede abrir tus registros.',
  'privacy.passcode.isSet': 'Hay un código. Tus registros solo se abren con él.',
  'privacy.passcode.set': 'Poner un código',
  'privacy.passcode.change': 'Cambiar el código',
  'privacy.passcode.remove': 'Quitar el código',
  'privacy.passcode.lockNow': 'Bloquear ahora',
  'privacy.passcode.newLabel': 'Código nuevo',
  'privacy.passcode.confirmLabel': 'Escribe otra vez el código nuevo',
  'privacy.passcode.currentLabel': 'Código actual',
  'privacy.passcode.hint':
    'Al menos 6 dígitos, o al menos 8 caracteres. Unas cuantas palabras juntas son lo más difícil de adivinar.',
  'privacy.passcode.tooShort': 'Usa al menos 8 caracteres, o un PIN de al menos 6 dígitos.',
  'privacy.passcode.tooShortPin': 'Un PIN necesita al menos 6 dígitos.',
  'privacy.passcode.common':
    'Ese es uno de los códigos que más elige la gente, así que es de los primeros que se prueban. Elige otro.',
  'privacy.passcode.pattern':
    'Las repeticiones y las series, como 121212 o 345678, se prueban pronto. Elige algo menos regular.',
  'privacy.passcode.protects':
    'Un código frena a quien toma tu teléfono: tras cada código equivocado tiene que esperar más. Quien copia el dispositivo puede probar códigos en una computadora sin esperar. Un PIN corto lo retrasa, pero no lo detiene. Unas cuantas palabras juntas, sí.',
  'privacy.passcode.before':
    'Lo que escribiste antes de tu primer código puede quedarse un tiempo en los archivos de este navegador, en el dispositivo, donde alguien que los copie podría leerlo. Si pones un código antes de escribir mucho, más de lo tuyo queda protegido.',
  'privacy.passcode.newKitNote':
    'Cada vez que pones, cambias o quitas el código, recibes un kit de recuperación nuevo. Los kits anteriores dejan de funcionar.',
  'privacy.passcode.storageFull':
    'Este dispositivo no tiene espacio, así que no se cambió nada. Libera espacio en el dispositivo, o guarda antes una copia de seguridad, y vuelve a esto.',
  'privacy.strength.heading': 'Sobre este código',
  'privacy.strength.pin':
    'Un PIN de 6 o 7 dígitos. Frena a quien toma tu teléfono. Quien copie el dispositivo podría probar todos esos PIN en una computadora en pocos días.',
  'privacy.strength.longPin':
    'Un PIN de 8 dígitos o más. Frena a quien toma tu teléfono y retrasa a quien copie el dispositivo. Unas cuantas palabras juntas aguantan más.',
  'privacy.strength.password':
    'Una contraseña. Frena a quien toma tu teléfono y retrasa a quien copie el dispositivo. Unas cuantas palabras juntas aguantan más.',
  'privacy.strength.phrase':
    'Una frase de acceso. Aguanta frente a quien toma tu teléfono y frente a quien copie el dispositivo.',
  'privacy.passcode.mismatch': 'Los dos códigos no son iguales. Prueba a escribirlos otra vez.',
  'privacy.passcode.warning':
    'Si olvidas tu código y pierdes tu kit de recuperación, nadie puede recuperar tus datos, ni siquiera nosotros.',
  'privacy.passcode.saveSet': 'Poner el código',
  'privacy.passcode.saveChange': 'Guardar el código nuevo',
  'privacy.passcode.saveRemove': 'Quitar el código',
  'privacy.passcode.cancel': 'Cancelar',
  'privacy.passcode.working': 'Un momento…',
  'privacy.passcode.doneSet':
    'Tu código está listo. Ahora guarda tu kit de recuperación en un lugar seguro.',
  'privacy.passcode.doneChange': 'Tu código cambió.',
  'privacy.passcode.doneRemove': 'Se quitó el código.',
  'privacy.passcode.error': 'Algo salió mal y no se cambió nada. Vuelve a intentarlo, por favor.',

  'privacy.kit.heading': 'Kit de recuperación',
  'privacy.kit.intro':
    'El kit de recuperación abre tus datos si olvidas tu código. Imprímelo o anota el código, y guárdalo en un lugar seguro y privado.',
  'privacy.kit.open': 'Ver el kit de recuperación',
  'privacy.kit.title': 'Kit de recuperación',
  'privacy.kit.ask': 'Escribe tu código para ver el kit de recuperación.',
  'privacy.kit.show': 'Ver el kit',
  'privacy.kit.codeHeading': 'Código de recuperación',
  'privacy.kit.qrLabel': 'El código de recuperación como código QR',
  'privacy.kit.warning':
    'Cualquiera que tenga este código puede leer todo lo que guardas en Onward. Mantenlo en privado.',
  'privacy.kit.lost':
    'Sin tu código ni este kit, nadie puede recuperar tus datos, ni siquiera nosotros.',
  'privacy.kit.howTo':
    'Para usarlo, elige «¿Olvidaste tu código?» en la pantalla de bloqueo y escribe este código.',
  'privacy.kit.made': 'Hecho el {date}.',
  'privacy.kit.print': 'Imprimir',
  'privacy.kit.onlyLatest':
    'Este es tu kit actual. Se hace uno nuevo cada vez que pones, cambias o quitas el código, y los kits anteriores dejan de funcionar.',

  'privacy.autoLock.heading': 'Bloqueo automático',
  'privacy.autoLock.needsPasscode': 'Primero pon un código. Sin código no hay nada que bloquear.',
  'privacy.autoLock.idleLabel': 'Bloquear si no se usa durante',
  'privacy.autoLock.hiddenLabel': 'Bloquear si queda en segundo plano durante',
  'privacy.autoLock.never': 'Nunca',
  'privacy.autoLock.now': 'Bloquear enseguida',
  'privacy.autoLock.oneMinute': '1 minuto',
  'privacy.autoLock.minutes': '{n} minutos',
  'privacy.autoLock.saved': 'Guardado.',

  'privacy.storage.heading': 'Conservar tus datos en este dispositivo',
  'privacy.storage.checking': 'Comprobando…',
  'privacy.storage.granted':
    'Tu navegador aceptó conservar los datos de Onward, aunque al dispositivo le falte espacio.',
  'privacy.storage.notGranted':
    'Tu navegador no se comprometió a conservar los datos de Onward. Si al dispositivo le falta espacio, podría borrarlos. Una copia de seguridad guarda una copia a salvo.',
  'privacy.storage.unsupported':
    'Este navegador no dice si va a conservar los datos de Onward. Una copia de seguridad guarda una copia a salvo.',
  'privacy.storage.unavailable':
    'Este navegador no deja que Onward guarde nada, así que lo que escribas solo se conserva hasta que cierres esta página. Puede pasar en la navegación privada.',
  'privacy.storage.hint':
    'Esto lo decide cada navegador. Si instalas Onward o lo usas a menudo, es más probable que acepte.',
  'privacy.storage.ask': 'Volver a preguntarle al navegador',
  'privacy.storage.rolledBack':
    'Parte de lo que hay guardado en este dispositivo es más antiguo que lo último que guardaste, o falta. Onward muestra solo lo que puede asegurar que es lo más reciente, y no ha borrado nada. Si falta algo que escribiste, una copia de seguridad puede recuperarlo.',
  'privacy.storage.damaged':
    'No se pudieron leer {count} registros guardados. Se dejan tal como están, sin tocarlos.',

  'privacy.discreet.heading': 'Modo discreto',
  'privacy.discreet.intro':
    'Muestra un nombre y un ícono sencillos, «Notas», en la pestaña del navegador y cuando agregas Onward a tu pantalla de inicio, para que a simple vista no diga para qué es.',
  'privacy.discreet.toggle': 'Usar el modo discreto',
  'privacy.discreet.installNote':
    'Si Onward ya está en tu pantalla de inicio, puede que tu dispositivo conserve el nombre y el ícono anteriores hasta que lo vuelvas a agregar.',

  'privacy.exit.heading': 'Salida rápida',
  'privacy.exit.intro':
    'Toca Salir rápido arriba en cualquier pantalla, o pulsa Esc tres veces, para dejar Onward al instante e ir a una página sencilla del tiempo. El botón Atrás no vuelve a Onward.',
  'privacy.exit.lockNote':
    'Si tienes un código, Onward estará bloqueado la próxima vez que se abra.',
  'privacy.exitPage.title': 'El tiempo',
  'privacy.exitPage.heading': 'El tiempo',
  'privacy.exitPage.body': 'Unos días tranquilos, con sol y chubascos que se turnan.',
  'privacy.exitPage.forecastHeading': 'Los próximos tres días',
  'privacy.exitPage.day1': 'Hoy',
  'privacy.exitPage.day1Text': 'Ratos de sol y una brisa suave. Templado al sol.',
  'privacy.exitPage.day2': 'Mañana',
  'privacy.exitPage.day2Text':
    'Nublado al principio, más despejado después. Puede caer algún chubasco.',
  'privacy.exitPage.day3': 'Pasado mañana',
  'privacy.exitPage.day3Text': 'Casi todo seco, con un viento más fresco por la tarde.',
  'privacy.exitPage.tipsHeading': 'Conviene saber',
  'privacy.exitPage.tip1': 'Las mañanas pueden empezar frescas; viene bien una prenda ligera.',
  'privacy.exitPage.tip2': 'Los niveles de polen son de bajos a moderados.',

  'privacy.backup.heading': 'Copia de seguridad',
  'privacy.backup.intro':
    'Una copia de seguridad es un solo archivo cifrado con todo lo que guardas en Onward. Úsala para pasar a un teléfono o navegador nuevo, o para tener una copia a salvo.',
  'privacy.backup.open': 'Hacer o restaurar una copia',
  'privacy.backup.title': 'Copia de seguridad y restauración',
  'privacy.backup.exportHeading': 'Guardar una copia de seguridad',
  'privacy.backup.exportIntro':
    'Elige una frase de acceso para este archivo. La necesitarás para abrir la copia. Puede ser distinta de tu código.',
  'privacy.backup.passphraseLabel': 'Frase de acceso de la copia',
  'privacy.backup.confirmLabel': 'Escribe otra vez la frase de acceso',
  'privacy.backup.passphraseHint':
    'Al menos 8 caracteres. Sin ella, nadie puede abrir el archivo, ni siquiera nosotros.',
  'privacy.backup.tooShort': 'Usa al menos 8 caracteres.',
  'privacy.backup.mismatch': 'Las dos frases no son iguales. Prueba a escribirlas otra vez.',
  'privacy.backup.export': 'Guardar el archivo de copia',
  'privacy.backup.exporting': 'Cifrando…',
  'privacy.backup.exported':
    'Tu archivo de copia está listo, con {count} registros. Guarda el archivo y su frase de acceso en lugares distintos.',
  'privacy.backup.fileName': 'onward-copia-{date}.onward',
  'privacy.backup.fileNameDiscreet': 'notas-{date}.backup',
  'privacy.backup.importHeading': 'Restaurar desde una copia',
  'privacy.backup.importIntro':
    'Elige un archivo de copia y escribe su frase de acceso. No cambia nada hasta que lo confirmes.',
  'privacy.backup.fileLabel': 'Archivo de copia',
  'privacy.backup.importPassphraseLabel': 'Frase de acceso de la copia',
  'privacy.backup.check': 'Abrir la copia',
  'privacy.backup.checking': 'Abriendo…',
  'privacy.backup.noFile': 'Primero elige un archivo de copia.',
  'privacy.backup.noPassphrase': 'Escribe la frase de acceso de la copia.',
  'privacy.backup.wrongPassphrase':
    'Esta frase no abre este archivo, o el archivo cambió. Revisa la frase y vuelve a intentarlo. No se cambió nada.',
  'privacy.backup.notBackup': 'Este archivo no es una copia de Onward. No se cambió nada.',
  'privacy.backup.truncated':
    'Este archivo está incompleto. Puede que se cortara al copiarlo. Prueba a copiarlo otra vez. No se cambió nada.',
  'privacy.backup.unsupported':
    'Esta copia se hizo con una versión más nueva de Onward. Actualiza Onward en este dispositivo y vuelve a intentarlo. No se cambió nada.',
  'privacy.backup.damaged':
    'Este archivo de copia cambió o se dañó desde que se guardó, así que no se puede abrir. Si tienes otra copia, prueba con esa. No se cambió nada.',
  'privacy.backup.tooLarge':
    'Este archivo es mucho más grande de lo que puede ser una copia de Onward, así que no se abrió. Comprueba que elegiste el archivo de copia. No se cambió nada.',
  'privacy.backup.error': 'Algo salió mal y no se cambió nada. Vuelve a intentarlo, por favor.',
  'privacy.backup.previewEmpty':
    'Esta copia tiene {incoming} registros. Este dispositivo todavía no tiene ninguno, así que se agregarán todos.',
  'privacy.backup.preview':
    'Esta copia tiene {incoming} registros. Este dispositivo tiene {existing}. {inBoth} están en los dos.',
  'privacy.backup.choose': 'Cómo restaurar',
  'privacy.backup.merge':
    'Combinar: conservar todo lo de ambos. Si un registro está en los dos, se conserva el más reciente. Tendrás {after} registros.',
  'privacy.backup.replace':
    'Reemplazar: quitar lo que hay en este dispositivo y conservar solo la copia. Tendrás {incoming} registros.',
  'privacy.backup.apply': 'Restaurar',
  'privacy.backup.applying': 'Restaurando…',
  'privacy.backup.cancel': 'Cancelar',
  'privacy.backup.done': 'Restaurado. Ahora tienes {count} registros.',

  'privacy.delete.heading': 'Borrar todo',
  'privacy.delete.intro':
    'Esto borra todo lo que Onward guarda en este navegador: tus registros, tu código y tus ajustes. No se puede deshacer. Los archivos de copia que guardaste no se ven afectados.',
  'privacy.delete.confirmLabel': 'Para confirmar, escribe BORRAR',
  'privacy.delete.word': 'BORRAR',
  'privacy.delete.button': 'Borrar todo',
  'privacy.delete.mismatch': 'Escribe BORRAR en mayúsculas para confirmar.',
  'privacy.delete.working': 'Borrando…',
};
