// Spanish copy for sync (vincular dispositivos, la lista de dispositivos, el estado y cada
// problema): the keys of ../en/sync.ts. Tranquilo y exacto sobre lo que sale del dispositivo
// (solo datos cifrados que el servidor no puede leer) y sobre lo que hace cada acción. Un problema
// siempre dice que los cambios de la persona están a salvo en este dispositivo, y qué puede hacer.
import type { sync as en } from '../en/sync.ts';

export const sync: { readonly [K in keyof typeof en]: string } = {
  'sync.title': 'Tus dispositivos',
  'sync.settingsLink': 'Tus dispositivos',
  'sync.settingsHint': 'Mantén tus registros iguales en tu teléfono y en tu computadora.',
  'sync.intro':
    'La sincronización mantiene tus registros iguales en los dispositivos que vincules. Todo se cifra primero en este dispositivo. El servidor solo guarda datos que no puede leer.',
  'sync.off': 'La sincronización está desactivada. Todo se queda en este dispositivo.',
  'sync.linkButton': 'Vincular otro dispositivo',
  'sync.statusHeading': 'Estado',
  'sync.status.upToDate': 'Al día, {devices}, última sincronización {when}.',
  'sync.status.devicesOne': '1 dispositivo',
  'sync.status.devicesMany': '{count} dispositivos',
  'sync.status.justNow': 'hace un momento',
  'sync.status.syncing': 'Sincronizando…',
  'sync.status.locked': 'La sincronización está en pausa mientras Onward está bloqueado.',
  'sync.status.offline':
    'Parece que no tienes conexión. Tus cambios están guardados en este dispositivo y se enviarán cuando vuelvas a tener conexión.',
  'sync.status.busy':
    'El servidor le pidió a Onward que espere un momento. Tus cambios están a salvo en este dispositivo, y Onward lo volverá a intentar por sí solo.',
  'sync.status.full':
    'El servidor no tiene más espacio para tus registros. Tus cambios están a salvo en este dispositivo. Las personas que gestionan el servidor pueden subir el límite.',
  'sync.status.unlinked':
    'Este dispositivo ya no está vinculado, así que no se sincroniza. Tus registros siguen aquí.',
  'sync.status.problem':
    'La sincronización no funcionó hace un momento. Tus cambios están a salvo en este dispositivo, y Onward lo volverá a intentar.',
  'sync.status.pending': 'Cambios pendientes de enviar: {count}.',
  'sync.devicesHeading': 'Dispositivos vinculados',
  'sync.thisDevice': 'Este dispositivo',
  'sync.linkedOn': 'Vinculado el {date}',
  'sync.rename': 'Cambiar el nombre',
  'sync.renameLabel': 'Nombre nuevo',
  'sync.save': 'Guardar',
  'sync.cancel': 'Cancelar',
  'sync.unlink': 'Desvincular',
  'sync.unlinkConfirm':
    '¿Desvincular {name}? A partir de ahora no recibirá nada de lo que escribas. Lo que ya tiene se queda ahí.',
  'sync.unlinkYes': 'Sí, desvincular',
  'sync.unlinked': 'Se desvinculó {name}.',
  'sync.working': 'Un momento…',
  'sync.syncNow': 'Sincronizar ahora',
  'sync.stopHeading': 'Dejar de sincronizar',
  'sync.stopIntro':
    'Esto borra tus registros cifrados del servidor y desactiva la sincronización. Tus registros se quedan en este dispositivo.',
  'sync.stopButton': 'Dejar de sincronizar y borrar mis datos de este servidor',
  'sync.stopConfirm':
    '¿Borrar ahora tus datos del servidor? Tus otros dispositivos también dejarán de sincronizarse.',
  'sync.stopYes': 'Sí, borrarlos del servidor',
  'sync.stopped': 'La sincronización está desactivada. Tus datos se borraron del servidor.',
  'sync.leave': 'Desactivar la sincronización en este dispositivo',

  'sync.link.title': 'Vincular otro dispositivo',
  'sync.link.nameLabel': 'Un nombre para este dispositivo',
  'sync.link.nameHint': 'Solo lo ven tus dispositivos vinculados. Por ejemplo, Mi teléfono.',
  'sync.link.defaultName': 'Mi primer dispositivo',
  'sync.link.start': 'Mostrar el enlace',
  'sync.link.scan': 'En el otro dispositivo, escanea este código con la cámara o abre este enlace:',
  'sync.link.qrLabel': 'Código QR del enlace',
  'sync.link.expires': 'El enlace funciona una sola vez, durante unos minutos.',
  'sync.link.waiting': 'Esperando al otro dispositivo…',
  'sync.link.compare': 'Comprueba que el otro dispositivo muestra este mismo código:',
  'sync.link.match': 'Los códigos coinciden',
  'sync.link.noMatch': 'No coinciden',
  'sync.link.noMatchDone': 'No se compartió nada. Puedes crear un enlace nuevo cuando quieras.',
  'sync.link.done':
    'Los dispositivos están vinculados. Tus registros aparecerán en el otro dispositivo en un momento.',
  'sync.back': 'Volver a tus dispositivos',

  'sync.join.title': 'Vincular este dispositivo',
  'sync.join.intro':
    'Este dispositivo recibirá los registros de tu otro dispositivo y se mantendrá al día con él. Lo que ya hay en este dispositivo también se conserva.',
  'sync.join.nameLabel': 'Un nombre para este dispositivo',
  'sync.join.defaultName': 'Mi otro dispositivo',
  'sync.join.compare':
    'Comprueba que tu otro dispositivo muestra este mismo código y luego confírmalo allí:',
  'sync.join.waiting': 'Esperando a que lo confirmes en el otro dispositivo…',
  'sync.join.done': 'Este dispositivo está vinculado. Tus registros están llegando.',
  'sync.join.noSlot':
    'Este enlace no está completo. Vuelve a abrir el enlace desde tu otro dispositivo.',
  'sync.join.already': 'Este dispositivo ya está vinculado.',
  'sync.join.start': 'Vincular este dispositivo',

  'sync.error.offline':
    'Onward no puede conectarse con el servidor. Revisa tu conexión y vuelve a intentarlo.',
  'sync.error.busy': 'El servidor está ocupado. Vuelve a intentarlo en un minuto, por favor.',
  'sync.error.full': 'El servidor no tiene más espacio para tus registros.',
  'sync.error.slotExpired': 'Este enlace caducó. Crea uno nuevo en tu otro dispositivo.',
  'sync.error.slotUsed': 'Este enlace ya se usó. Crea uno nuevo en tu otro dispositivo.',
  'sync.error.slotNotFound':
    'El servidor no reconoce este enlace. Crea uno nuevo en tu otro dispositivo.',
  'sync.error.noSync':
    'Este servidor no ofrece sincronización. Onward sigue funcionando en este dispositivo.',
  'sync.error.badCredential':
    'El servidor no aceptó este dispositivo. Puede que lo hayan desvinculado.',
  'sync.error.vaultNotFound': 'Tus datos ya no están en el servidor.',
  'sync.error.damaged':
    'Lo que llegó no se pudo abrir. No se cambió nada. Intenta vincularlo de nuevo.',
  'sync.error.other': 'Eso no funcionó. No se cambió nada. Vuelve a intentarlo, por favor.',
};
