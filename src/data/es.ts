import type { Translation } from './translation.ts';

/** Spanish articles before a date: "del 3 de enero", but "de marzo de 2019". */
const del = (isDay: boolean) => (isDay ? 'del' : 'de');
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('es') + text.slice(1);

/**
 * The Spanish edition (es/): our text in neutral Latin American Spanish, keyed by the ids
 * of the English records. Everything else (dates, places, citations) is the English
 * records'. The report is in English, so a citation keeps its English words and shows the
 * rendering in `quotes` beside them, marked as a translation; text in curly quotes (“…”)
 * here must be one of its record's quote renderings. Keep attribution ("según el
 * Departamento de Estado") and the English's precision: never a day or a place the
 * English does not give.
 */
export const es = {
  locale: 'es',
  words: {
    dateLocale: 'es',
    abbreviatesLoneMonth: false,
    around: (date, isDay) => `Hacia ${isDay ? 'el ' : ''}${date}`,
    after: (date, isDay) => `Después ${del(isDay)} ${date}`,
    before: (date, isDay) => `Antes ${del(isDay)} ${date}`,
    between: (after, before, afterIsDay, beforeIsDay) =>
      `Entre ${afterIsDay ? 'el ' : ''}${after} y ${beforeIsDay ? 'el ' : ''}${before}`,
    noDate: 'Sin fecha en el informe',
    timingNotReported: 'fecha exacta no informada',
    withWeekday: (weekday, date) => `${capitalize(weekday)}, ${date}`,
    timingNote: {
      before: 'El informe no da una fecha; solo dice ',
      after: '. El lugar de este hecho en la cronología es decisión nuestra, no del informe.',
    },
    approximateArea: 'zona aproximada',
    dateline: (date) => `Hechos hasta el ${date}`,
  },

  meta: {
    kicker: 'Claves · Venezuela',
    headline: 'EE. UU. a sus ciudadanos: salgan de Venezuela ya',
    description:
      'Una guía interactiva sobre la alerta con la que Estados Unidos pidió en enero de 2026 a sus ciudadanos salir de Venezuela: un mapa, una cronología y el relato, con la fuente de cada dato.',
    summary:
      'Seis días después de que fuerzas estadounidenses capturaran a Nicolás Maduro en una incursión nocturna en Caracas, Estados Unidos emitió su alerta de viaje de nivel más alto y pidió a todos sus ciudadanos en Venezuela que salieran del país. Esta guía sitúa la alerta junto a lo que la rodea en el informe: los ataques en el mar, la incursión, los puestos de control y las milicias armadas en las calles, un incipiente diálogo diplomático y las sanciones al petróleo venezolano.',
    sourceDescription:
      'Todos los datos provienen de un único informe periodístico sobre la alerta, escrito en inglés; el medio y la fecha no figuran en la copia con la que trabajamos. Los números ¶ remiten a sus párrafos (¶1 es el titular). Las citas conservan las palabras originales en inglés, seguidas de nuestra traducción.',
    datingNote:
      'El informe no menciona ningún año posterior a 2019. Situamos en 2026 sus hechos de enero, el año en que el 9 de enero cayó en viernes, como dice el informe, y su septiembre en 2025. Cuando el informe no da fecha a un hecho, la cronología muestra solo los límites que sí da, como después del 3 de enero, y lo sitúa junto al hecho fechado más cercano; en qué momento ocurrió dentro de ellos no se informa.',
  },

  keyFacts: {
    level: {
      value: 'Nivel 4',
      label: '“No viajar”, el grado más alto de las alertas de viaje de EE. UU.',
    },
    'warning-date': { value: '9 de enero', label: 'el día en que se emitió la alerta, un viernes' },
    checkpoints: {
      value: '~1 km',
      label: 'entre puestos de control en el centro de Caracas, según un conductor de autobús',
    },
    embassy: {
      value: 'Marzo de 2019',
      label: 'desde entonces está cerrada la embajada de EE. UU. en Caracas',
    },
    barrels: {
      value: 'Unos 30–50 millones',
      label: 'de barriles de petróleo sancionado que, según Trump, recibirá EE. UU.',
    },
  },

  places: {
    caracas: {
      name: 'Caracas',
      description:
        'La capital de Venezuela: escenario de la incursión del 3 de enero y sede de la embajada de EE. UU., cerrada desde 2019.',
    },
    'central-caracas': {
      name: 'Centro de Caracas',
      precisionNote:
        'El informe ubica los puestos de control solo “en el centro de la ciudad”; el sombreado es un contorno aproximado del centro de Caracas, no su posición informada.',
      description:
        'Donde, según un conductor de autobús, hay un puesto de control aproximadamente cada kilómetro.',
    },
    venezuela: {
      name: 'Venezuela',
      precisionNote:
        'Estos hechos se refieren a todo el país y no a un punto concreto, por eso el sombreado cubre toda Venezuela.',
      description:
        'El país del que EE. UU. pidió a sus ciudadanos que salieran y donde, según el Departamento de Estado, “colectivos” armados montan retenes en las carreteras.',
    },
    'caribbean-sea': {
      name: 'Aguas del Caribe',
      precisionNote:
        'El informe dice solo “en el Caribe”; el sombreado cubre el mar Caribe, no una ubicación que dé el informe.',
      description:
        'Donde fuerzas de EE. UU. incautaron un buque petrolero el 10 de enero, y uno de los dos mares de los ataques contra lanchas del narcotráfico.',
    },
    'pacific-waters': {
      name: 'Aguas del Pacífico',
      precisionNote:
        'El informe dice solo “el Pacífico”; el sombreado marca las aguas del Pacífico frente a Centroamérica y Sudamérica, las más cercanas al resto de la historia, no una ubicación que dé el informe.',
      description:
        'El otro mar donde las fuerzas armadas de EE. UU. atacaron lanchas del narcotráfico.',
    },
    'new-york': {
      name: 'Nueva York',
      description:
        'Donde Maduro y Cilia Flores se declararon no culpables ante un tribunal federal.',
    },
  },

  events: {
    'embassy-evacuated': {
      title: 'EE. UU. retira a sus diplomáticos de Caracas',
      summary:
        'Washington sacó a todo su personal diplomático de la embajada en Caracas, que sigue cerrada desde entonces. Ese mismo año empezó a advertir a los estadounidenses que no viajaran a Venezuela.',
    },
    'southern-spear': {
      title: 'Comienza la Operación Lanza del Sur',
      summary:
        'En el marco de la “Operación Lanza del Sur”, las fuerzas armadas de EE. UU. llevaron a cabo decenas de ataques contra lanchas del narcotráfico en el Caribe y el Pacífico.',
      yearNote:
        'El informe da el mes, no el año. Lo situamos en septiembre de 2025: el informe presenta la operación como parte de la escalada desde el regreso de Trump a la Casa Blanca, y como ya iniciada en el momento de los hechos de enero que relata.',
    },
    raid: {
      title: 'Una incursión de EE. UU. en Caracas captura a Maduro',
      summary:
        'En una operación nocturna en la capital, con el nombre en clave de “Operación Resolución Absoluta”, fuerzas estadounidenses arrestaron al mandatario venezolano, Nicolás Maduro, y a su esposa, Cilia Flores.',
    },
    'oil-announcement': {
      title: 'Trump dice que EE. UU. recibirá petróleo sancionado',
      summary:
        'Trump afirmó que EE. UU. recibiría “unos 30 a 50 millones de barriles de petróleo sancionado”, y que lo recaudado beneficiaría, bajo su supervisión, a la población de ambos países. Encargó al secretario de Energía, Chris Wright, “impulsar las gestiones necesarias”.',
      wording: 'Poco después del arresto de Maduro',
    },
    crackdown: {
      title: 'Más seguridad; milicias revisan teléfonos',
      summary:
        'El gobierno venezolano reforzó sus organismos de seguridad y advirtió que reprimiría la colaboración con “fuerzas extranjeras”. Los “colectivos” armados afines a Maduro, a menudo encapuchados, detienen a transeúntes para revisar sus teléfonos. Según el Departamento de Estado, también montan retenes en las carreteras, donde detienen vehículos y buscan señales de que alguien tenga la ciudadanía estadounidense o apoye a EE. UU.',
      wording: 'Tras la operación militar de EE. UU.',
    },
    extradition: {
      title: 'Maduro y Flores se declaran no culpables en Nueva York',
      summary:
        'La pareja fue extraditada a Estados Unidos para ser juzgada. Ante un tribunal federal de Nueva York, ambos se declararon no culpables de varios cargos, entre ellos “narcoterrorismo”.',
      wording: 'posteriormente',
    },
    'bus-search': {
      title: 'Un conductor de autobús relata un registro policial',
      summary:
        'Un conductor de autobús de Caracas cuenta que la policía detuvo el vehículo que manejaba, subió a bordo, revisó sus documentos y examinó a cada pasajero, y luego bajó a uno por “sospechoso”, sin dar una explicación clara.',
    },
    talks: {
      title: 'EE. UU. y Venezuela confirman conversaciones para restablecer relaciones',
      summary:
        'Ambos gobiernos confirmaron que mantenían conversaciones preliminares para restablecer las relaciones diplomáticas.',
      placeNote: 'El informe no dice dónde se celebraron las conversaciones.',
      wording: 'Poco antes de que se emitiera esta alerta de viaje',
    },
    'level-4-warning': {
      title: 'EE. UU. pide a sus ciudadanos que salgan de Venezuela',
      summary:
        'El gobierno de EE. UU. emitió su alerta de viaje de nivel más alto e instó a todos los estadounidenses en Venezuela a “salir de inmediato”. En una publicación en X, el Departamento de Estado dijo que, aunque se habían reanudado los vuelos internacionales, los riesgos dentro del país seguían siendo “extremadamente altos”, y que EE. UU. “actualmente no está en condiciones” de brindar ninguna asistencia consular de emergencia.',
    },
    'high-alert': {
      title: 'Caracas, en estado de alerta',
      summary:
        'Mientras se emitía la alerta, las calles de la capital estaban en estado de alerta, con más puestos de control. Un conductor de autobús dijo que había uno “aproximadamente cada kilómetro” en el centro de la ciudad, y los vecinos describieron un ambiente tenso y de temor.',
      wording:
        'Mientras el gobierno de EE. UU. pedía con urgencia a sus ciudadanos evacuar Venezuela',
    },
    'tanker-seized': {
      title: 'Fuerzas de EE. UU. incautan un petrolero en el Caribe',
      summary:
        'Fuerzas estadounidenses se apoderaron de un buque petrolero sospechoso de violar las normas de las sanciones. El informe no dice en qué parte del Caribe.',
    },
    'tanker-sanctions': {
      title: 'Trump ordena sanciones a los petroleros que operan con Venezuela',
      summary:
        'Mientras EE. UU. ampliaba sus sanciones a la industria energética venezolana, Trump ordenó sancionar a los petroleros que entran al país o salen de él. El informe dice solo que lo hizo recientemente, sin dar una fecha.',
      wording: 'recientemente',
    },
    delegation: {
      title: 'Una delegación de EE. UU. evalúa reabrir la embajada',
      summary:
        'Una delegación estadounidense viajó a Venezuela para evaluar si la embajada en Caracas podría reabrir. El informe dice solo que el viaje ya se había realizado, sin dar una fecha.',
      wording: 'ya viajó',
    },
  },

  sections: {
    'the-warning': {
      heading: 'La alerta: salgan ya',
      body: [
        'El viernes 9 de enero, Estados Unidos [emitió su alerta de viaje más grave](level-4-warning): pidió a todos los estadounidenses en Venezuela “salir de inmediato” y señaló una situación de seguridad que calificó de volátil e impredecible.',
        'El Departamento de Estado hizo el anuncio en X. Los vuelos internacionales operan de nuevo, dijo, pero los peligros dentro del país siguen siendo “extremadamente altos”, y EE. UU. “actualmente no está en condiciones” de brindar ninguna asistencia consular de emergencia a sus ciudadanos allí.',
      ],
    },
    'the-raid': {
      heading: 'Seis días antes: la incursión',
      body: [
        'La alerta llegó tras una incursión militar estadounidense. En la noche del [3 de enero](raid), en una operación con el nombre en clave de “Operación Resolución Absoluta”, fuerzas de EE. UU. arrestaron en Caracas al mandatario venezolano, Nicolás Maduro, y a su esposa, Cilia Flores.',
        'Luego, la pareja fue [extraditada a Estados Unidos](extradition) para ser juzgada. Ante un tribunal federal de Nueva York, ambos se declararon no culpables de varios cargos, entre ellos “narcoterrorismo”.',
      ],
    },
    checkpoints: {
      heading: 'Puestos de control y colectivos',
      body: [
        'En Caracas, las calles están en estado de alerta, con más puestos de control que antes; los vecinos describen un ambiente tenso y de temor desde el arresto de Maduro. Un conductor de autobús de cuarenta y tantos años dijo a la prensa que hay [un puesto de control aproximadamente cada kilómetro](high-alert) en el centro de la ciudad.',
        'El [8 de enero](bus-search), contó, la policía detuvo su autobús, subió a bordo, revisó sus documentos y examinó a cada pasajero, y luego bajó a uno por “sospechoso”, sin dar una razón clara.',
        'El gobierno [reforzó sus servicios de seguridad](crackdown) y advirtió que reprimiría a quien colaborara con “fuerzas extranjeras”. Junto a las fuerzas oficiales, milicias armadas afines a Maduro conocidas como “colectivos”, a menudo encapuchadas, detienen a personas al azar en la calle para revisar en sus teléfonos si hay mensajes de apoyo a EE. UU. o críticos con el gobierno. Según el Departamento de Estado, también montan retenes en las carreteras, donde detienen vehículos y buscan señales de que sus ocupantes tengan la ciudadanía estadounidense o apoyen a EE. UU.',
      ],
    },
    'the-risks': {
      heading: 'Los riesgos que enumera el Departamento de Estado',
      body: [
        'Venezuela sigue en el “Nivel 4: No viajar”, el más alto de la escala de EE. UU. El Departamento de Estado [detalla los peligros](level-4-warning) que corren allí los estadounidenses: detención arbitraria, tortura bajo custodia, terrorismo, secuestros, delitos graves, disturbios sociales y una atención médica y de salud pública deficiente.',
      ],
    },
    'the-advice': {
      heading: 'Consejos para los estadounidenses que siguen allí',
      body: [
        'El Departamento de Estado pidió a los estadounidenses que permanecen en el país que siguieran de cerca la información sobre vuelos, salieran en cuanto pudieran, tuvieran varias vías para comunicarse con personas fuera del país y prepararan planes de emergencia.',
        'Destaca los retenes en las carreteras: “colectivos” armados afines al gobierno detienen vehículos y buscan señales de que sus ocupantes tengan la ciudadanía estadounidense o apoyen a EE. UU. Y, como dice [la alerta](level-4-warning), no hay asistencia consular de EE. UU. disponible en caso de emergencia.',
      ],
    },
    'embassy-and-talks': {
      heading: 'Una embajada cerrada y nuevas conversaciones',
      body: [
        'Washington advierte a los estadounidenses que no viajen a Venezuela desde 2019. En [marzo de ese año](embassy-evacuated) retiró a todo su personal diplomático de la embajada en Caracas, que sigue cerrada desde entonces.',
        '[Poco antes de la alerta](talks), los dos países confirmaron conversaciones preliminares para restablecer las relaciones diplomáticas; el informe no dice dónde. Una delegación de EE. UU. [ya estuvo en Venezuela](delegation) para evaluar si la embajada en Caracas podría reabrir, aunque el informe no da fecha de su viaje.',
      ],
    },
    'southern-spear': {
      heading: 'Lanza del Sur: ataques en el mar',
      body: [
        'Desde el regreso de Donald Trump a la presidencia, el gobierno de EE. UU. ha intensificado notablemente su presión sobre el gobierno socialista de Venezuela y sobre los cárteles internacionales de la droga.',
        'En el marco de la “Operación Lanza del Sur”, lanzada en [septiembre](southern-spear), las fuerzas armadas de EE. UU. han atacado decenas de veces lanchas del narcotráfico en el Caribe y el Pacífico.',
      ],
    },
    'oil-and-sanctions': {
      heading: 'Petróleo y sanciones',
      body: [
        'EE. UU. también amplió las sanciones a la industria energética de Venezuela. [Recientemente](tanker-sanctions), Trump ordenó sancionar a los petroleros que entran al país o salen de él, y el [10 de enero](tanker-seized) fuerzas estadounidenses incautaron, en algún punto del Caribe, un petrolero sospechoso de violar las normas de las sanciones.',
        '[Poco después del arresto de Maduro](oil-announcement), Trump dijo que EE. UU. recibiría “unos 30 a 50 millones de barriles de petróleo sancionado” y que lo recaudado, bajo su supervisión, beneficiaría a la población de ambos países. Encargó al secretario de Energía, Chris Wright, “impulsar las gestiones necesarias”, y dijo que se alentaría a las empresas energéticas estadounidenses a invertir en la recuperación de la producción petrolera venezolana.',
      ],
    },
  },

  glossary: {
    colectivos: {
      term: 'Colectivos',
      definition:
        'Milicias armadas que respaldan al gobierno de Maduro. Según el Departamento de Estado, montan retenes en las carreteras y detienen vehículos; el informe los describe, a menudo encapuchados, deteniendo a personas en la calle para revisar sus teléfonos.',
    },
    'level-4': {
      term: 'Nivel 4: No viajar',
      definition:
        'El más alto de los niveles de alerta de viaje del Departamento de Estado de EE. UU.',
    },
    'absolute-resolve': {
      term: 'Operación Resolución Absoluta',
      definition:
        'El nombre en clave de la operación nocturna de EE. UU. en Caracas, el 3 de enero, en la que fueron arrestados Maduro y Cilia Flores.',
    },
    'southern-spear': {
      term: 'Operación Lanza del Sur',
      definition:
        'Una operación militar de EE. UU. iniciada en septiembre: decenas de ataques contra lanchas del narcotráfico en el Caribe y el Pacífico.',
    },
  },

  themes: {
    warning: 'La alerta',
    military: 'Acción militar y arresto',
    security: 'Seguridad en las calles',
    diplomacy: 'Diplomacia',
    oil: 'Petróleo y sanciones',
  },

  mapLabels: {
    Venezuela: 'Venezuela',
    Colombia: 'Colombia',
    'United States': 'Estados Unidos',
    'Caribbean Sea': 'Mar Caribe',
    'Pacific Ocean': 'Océano Pacífico',
    'Atlantic Ocean': 'Océano Atlántico',
  },

  townNames: {
    'Mexico City': 'Ciudad de México',
    'Oklahoma City': 'Ciudad de Oklahoma',
    'Kansas City': 'Ciudad de Kansas',
    Havana: 'La Habana',
    'Port-au-Prince': 'Puerto Príncipe',
    'Guatemala City': 'Ciudad de Guatemala',
    'Washington, D.C.': 'Washington D. C.',
    'Port of Spain': 'Puerto España',
    Cayenne: 'Cayena',
    Philadelphia: 'Filadelfia',
    'New Orleans': 'Nueva Orleans',
  },

  quotes: {
    'leaving the embassy closed to date': 'dejando la embajada cerrada hasta la fecha',
    'Southern Spear Operation': 'Operación Lanza del Sur',
    'Operation Absolute Resolve': 'Operación Resolución Absoluta',
    'Shortly after Maduro’s arrest': 'Poco después del arresto de Maduro',
    'around 30 to 50 million barrels of sanctioned oil':
      'unos 30 a 50 millones de barriles de petróleo sancionado',
    'to push for the necessary arrangements': 'impulsar las gestiones necesarias',
    'Following the U.S. military operation': 'Tras la operación militar de EE. UU.',
    'foreign forces': 'fuerzas extranjeras',
    colectivos: 'colectivos',
    'later extradited to the U.S.': 'posteriormente extraditados a EE. UU.',
    'drug terrorism': 'narcoterrorismo',
    suspicious: 'sospechoso',
    'Shortly before this travel warning was issued':
      'Poco antes de que se emitiera esta alerta de viaje',
    'Friday (January 9)': 'viernes 9 de enero',
    'immediately leave': 'salir de inmediato',
    'extremely high': 'extremadamente altos',
    'currently unable': 'actualmente no está en condiciones',
    'Level 4: Do Not Travel': 'Nivel 4: No viajar',
    'As the U.S. government urgently requested its citizens to evacuate Venezuela':
      'Mientras el gobierno de EE. UU. pedía con urgencia a sus ciudadanos evacuar Venezuela',
    'approximately every kilometer': 'aproximadamente cada kilómetro',
    'seized a tanker in the Caribbean': 'incautaron un buque petrolero en el Caribe',
    'recently ordered sanctions on oil tankers entering and leaving Venezuela':
      'ordenó recientemente sanciones contra los petroleros que entran y salen de Venezuela',
    'has already traveled to Venezuela': 'ya viajó a Venezuela',
    'in the Venezuelan capital': 'en la capital venezolana',
    'in the city center': 'en el centro de la ciudad',
    'Pacific and Caribbean seas': 'mares del Pacífico y del Caribe',
    'in the Caribbean': 'en el Caribe',
    'the Pacific': 'el Pacífico',
    'a federal court in New York': 'un tribunal federal de Nueva York',
    'Do Not Travel': 'No viajar',
    'in March of the same year': 'en marzo del mismo año',
    'around 30 to 50 million barrels': 'unos 30 a 50 millones de barriles',
  },
} as const satisfies Translation;
