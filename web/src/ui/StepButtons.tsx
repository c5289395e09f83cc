import { Button, Group, Text, type ButtonVariant } from '@mantine/core';

/** One workflow step the caller may take now. */
export interface Step {
  key: string;
  label: string;
  /** 'filled' unless said (a refusal or a way back is usually 'light') */
  variant?: ButtonVariant;
  color?: string;
  onClick: () => void;
}

/**
 * The workflow steps open to the caller as one labelled group of buttons (wrapping on a narrow screen), or a dimmed
 * sentence when there are none (nothing when `none` is not given), then the polite status line that announces the
 * last step's result. The server still decides; the buttons follow the caller's roles as a courtesy.
 */
export function StepButtons({ label, steps, none, done }: { label: string; steps: Step[]; none?: string; done?: string }) {
  return (
    <>
      {steps.length > 0 ? (
        <Group gap="xs" role="group" aria-label={label} wrap="wrap">
          {steps.map((step) => (
            <Button key={step.key} size="sm" variant={step.variant ?? 'filled'} color={step.color} onClick={step.onClick}>
              {step.label}
            </Button>
          ))}
        </Group>
      ) : none !== undefined ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : null}
      <Text size="sm" role="status" aria-live="polite" c="teal">
        {done}
      </Text>
    </>
  );
}
