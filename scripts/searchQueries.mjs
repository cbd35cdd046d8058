/**
 * Learner queries for npm run bench: what a learner types, and the questions a good search
 * lists in its first five. Written by us (the held-out set is not ours to see), in three
 * kinds: concepts and acronyms the question texts do not contain, short phrases, and literal
 * words of a question.
 */
export const SEARCH_QUERIES = {
  concept: [
    ['PPO', ['grpo-vs-dpo', 'debug-post-training-collapse', 'dpo-no-reward-model']],
    ['reward hacking', ['what-is-objective-gaming', 'reward-up-usefulness-down', 'detect-gaming-before-deploy']],
    ['Goodhart', ['proxy-objective-divergence', 'what-is-objective-gaming', 'offline-metrics-decorrelate']],
    ['reward model overoptimization', ['reward-up-usefulness-down', 'proxy-objective-divergence', 'exploit-resistant-objectives']],
    ['tensor parallel', ['why-model-parallelism', 'memory-vs-compute-limits', 'intermittent-multi-node-failures']],
    ['FSDP', ['why-model-parallelism', 'memory-opts-gradient-quality', 'memory-saving-real-cost']],
    ['ZeRO', ['why-model-parallelism', 'memory-opts-gradient-quality', 'memory-saving-real-cost']],
    ['NCCL', ['intermittent-multi-node-failures', 'reproducibility-pitfalls-at-scale']],
    ['loss spike', ['smooth-then-sudden-instability', 'late-divergence', 'minimal-changes-before-restart']],
    ['bf16', ['why-mixed-precision-works', 'when-reduced-precision-breaks', 'mixed-precision-diverges-fp32-not']],
    ['loss scaling', ['why-mixed-precision-works', 'mixed-precision-diverges-fp32-not']],
    ['contamination', ['leaky-evaluation', 'offline-metrics-decorrelate', 'hard-to-game-eval-design']],
    ['LLM as judge', ['preference-eval-failures', 'hard-to-game-eval-design', 'remove-humans-from-loop']],
    ['sycophancy', ['preference-up-factuality-down', 'humans-distort-signals', 'preference-learning-assumptions']],
    ['KL penalty', ['dpo-implicit-objective', 'exploit-resistant-objectives', 'reward-up-usefulness-down']],
    ['seed variance', ['real-improvement-or-noise', 'identical-configs-diverge', 'isolating-a-single-change']],
    ['error bars', ['real-improvement-or-noise', 'communicating-uncertainty', 'ship-on-single-metric-win']],
    ['deduplication', ['data-quality-vs-model-size', 'leaky-evaluation', 'data-diversity-meaning']],
    ['model collapse', ['data-collection-feedback-loops', 'model-annotator-feedback-loops', 'compounding-data-objective-choices']],
    ['EWC', ['repeated-fine-tuning-forgetting', 'gradient-interference-accumulation']],
    ['activation checkpointing', ['memory-saving-real-cost', 'checkpointing-and-stability']],
    ['inter-annotator agreement', ['preference-noise-propagation', 'changing-guidelines-consistency', 'alignment-vs-annotator-overfit']],
    ['gradient noise scale', ['gradient-noise-intuition', 'batch-size-optimization-behavior']],
    ['eval harness', ['debug-regression-without-retraining', 'evaluation-drift', 'scalar-eval-insufficient']],
    ['distribution shift', ['shift-and-objective-exploitation', 'degradation-without-code-changes', 'offline-metrics-decorrelate']],
  ],
  short: [
    ['reward model', ['dpo-no-reward-model', 'reward-up-usefulness-down']],
    ['learning rate warmup', ['learning-rate-role']],
    ['mixed precision', ['why-mixed-precision-works', 'mixed-precision-diverges-fp32-not']],
    ['annotator fatigue', ['annotator-fatigue-bias']],
    ['catastrophic forgetting', ['catastrophic-forgetting-vs-drift', 'repeated-fine-tuning-forgetting']],
    ['model parallelism', ['why-model-parallelism']],
    ['loss curve', ['loss-down-eval-flat', 'smooth-then-sudden-instability']],
    ['quantization', ['quantization-tolerance']],
    ['feedback loop', ['data-collection-feedback-loops', 'model-annotator-feedback-loops']],
    ['batch size', ['batch-size-optimization-behavior', 'batch-lr-data-interaction']],
    ['ablation', ['good-ablation', 'ablation-false-confidence']],
    ['roll back', ['rollback-vs-iterate']],
  ],
  literal: [
    ['GRPO', ['grpo-vs-dpo']],
    ['implicit objective DPO', ['dpo-implicit-objective']],
    ['training debt', ['training-debt']],
    ['leaky evaluation', ['leaky-evaluation']],
    ['gradient interference', ['gradient-interference-accumulation']],
    ['confirmation bias', ['avoiding-confirmation-bias']],
    ['silent degradation', ['silent-degradation-signals']],
    ['filtering reweighting', ['filtering-vs-reweighting']],
  ],
};
