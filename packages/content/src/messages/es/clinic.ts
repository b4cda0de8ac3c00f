// Spanish copy for the clinic profile ("Tu equipo de atención"): the keys of ../en/clinic.ts.
import type { clinic as en } from '../en/clinic.ts';

export const clinic: { readonly [K in keyof typeof en]: string } = {
  'clinic.title': 'Tu equipo de atención',
  'clinic.intro': '{clinic} te ofrece Onward. Aquí tienes cómo contactarles y lo que ofrecen.',
  'clinic.phoneLabel': 'Número principal',
  'clinic.call': 'Llamar al {number}',
  'clinic.admissionsLabel': 'Línea de admisiones',
  'clinic.admissionsHint': 'Para preguntar cómo empezar un tratamiento o unirte a un grupo.',
  'clinic.hoursLabel': 'Horario de atención',
  'clinic.addressLabel': 'Dirección',
  'clinic.emailLabel': 'Correo electrónico',
  'clinic.websiteLabel': 'Sitio web',
  'clinic.websiteLink': 'Visitar el sitio web de {clinic}',
  'clinic.notCrisis':
    'Puede que tu equipo no pueda responder enseguida. Si necesitas hablar con alguien ahora, las líneas de crisis atienden de día y de noche.',
  'clinic.helpLink': 'Ver las opciones de ayuda',
  'clinic.treatmentsHeading': 'Tratamientos que ofrecen',
  'clinic.groupsHeading': 'Grupos de apoyo',
  'clinic.groupWhen': 'Cuándo',
  'clinic.groupJoin': 'Dónde y cómo unirte',
  'clinic.kept':
    'Una copia de estos datos se guarda en este dispositivo, para que puedas verlos sin conexión.',
  'clinic.treatmentsLink': 'Tratamientos en {clinic}',
};
